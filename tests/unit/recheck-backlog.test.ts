import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/i18n/languages.ts';
import { formatRecheckItem, monthsBetween, recheckBacklog } from '../../src/utils/recheck-backlog.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day('2026-12-07');

function story(lang: Language, slug: string, verifiedOn: string, overrides: { draft?: boolean; title?: string; body?: string } = {}) {
	const title = 'title' in overrides ? overrides.title : `${slug} (${lang})`;
	return { lang, slug, data: { title, description: title && 'A description.', draft: overrides.draft ?? false, verifiedOn: day(verifiedOn) }, body: overrides.body ?? 'Text.' };
}
const business = (id: string, factsCheckedOn: string) => ({ id, data: { name: `Name of ${id}`, factsCheckedOn: day(factsCheckedOn) } });
const ids = (items: { kind: string; id: string }[]) => items.map((item) => `${item.kind} ${item.id}`);

describe('recheckBacklog', () => {
	it('lists stories and businesses checked more than 18 months ago, oldest first', () => {
		const items = recheckBacklog(
			{
				stories: [story('it', 'recent', '2026-01-10'), story('it', 'old', '2025-03-05'), story('en', 'old', '2025-03-05'), story('it', 'older', '2024-11-20')],
				businesses: [business('fresh', '2026-09-01'), business('stale', '2025-01-20')],
			},
			TODAY,
			18,
		);
		expect(ids(items)).toEqual(['story older', 'business stale', 'story old']);
		expect(items[1]).toMatchObject({ name: 'Name of stale', files: ['content/businesses/stale.yaml'], field: 'factsCheckedOn', months: 22 });
		expect(items[2]).toMatchObject({ name: 'old (it)', lang: 'it', files: ['content/stories/it/old.mdx', 'content/stories/en/old.mdx'], field: 'verifiedOn', months: 21 });
	});

	it('takes the older check when the two languages of a story disagree', () => {
		const [item] = recheckBacklog({ stories: [story('it', 'mixed', '2026-06-01'), story('en', 'mixed', '2025-01-02')], businesses: [] }, TODAY, 18);
		expect(item?.checkedOn).toEqual(day('2025-01-02'));
	});

	it('leaves out drafts and stories nobody has written yet in any language', () => {
		const stories = [story('it', 'draft', '2024-01-01', { draft: true }), story('en', 'draft', '2024-01-01'), story('it', 'stub', '2024-01-01', { title: undefined, body: '' })];
		expect(recheckBacklog({ stories, businesses: [] }, TODAY, 18)).toEqual([]);
	});

	it('lists a check made exactly 18 months ago only from the next day', () => {
		const input = { stories: [], businesses: [business('edge', '2025-06-07')] };
		expect(recheckBacklog(input, TODAY, 18)).toEqual([]);
		expect(ids(recheckBacklog(input, day('2026-12-08'), 18))).toEqual(['business edge']);
	});

	it('follows the configured number of months', () => {
		const input = { stories: [story('it', 'a', '2026-03-01')], businesses: [business('b', '2026-01-01')] };
		expect(ids(recheckBacklog(input, TODAY, 6))).toEqual(['business b', 'story a']);
		expect(ids(recheckBacklog(input, TODAY, 12))).toEqual([]);
	});
});

describe('monthsBetween', () => {
	it('counts a month only once its day has come', () => {
		expect(monthsBetween(day('2025-03-10'), day('2026-12-07'))).toBe(20);
		expect(monthsBetween(day('2025-03-07'), day('2026-12-07'))).toBe(21);
	});
});

describe('formatRecheckItem', () => {
	it('names the files, what they are, the date and the field to update', () => {
		const [item] = recheckBacklog({ stories: [], businesses: [business('fusioni-zanon', '2025-01-20')] }, TODAY, 18);
		expect(formatRecheckItem(item!)).toBe('content/businesses/fusioni-zanon.yaml  business "Name of fusioni-zanon": factsCheckedOn is 2025-01-20, 22 months ago. Check the facts again, then update factsCheckedOn.');
	});
});
