import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/i18n/languages.ts';
import type { StoryData } from '../../src/schemas/content.ts';
import { seededRandom } from '../../scripts/lib/seeded-random.ts';
import { byNewest, publishedStories, relatedStories, translationBacklog, type StoryFile } from '../../src/utils/stories.ts';

function file(lang: Language, slug: string, overrides: Partial<StoryData> = {}, body = 'Some text.'): StoryFile {
	const data: StoryData = {
		title: `${slug} (${lang})`,
		description: 'A description long enough to be a real description of the story.',
		publishDate: new Date('2026-03-14T00:00:00Z'),
		kind: 'entrepreneur',
		district: 'sassuolo',
		businesses: ['fontana'],
		topics: [],
		author: 'anna',
		hero: { image: 'a.jpg', alt: 'An image' },
		verifiedBy: 'Someone',
		verifiedOn: new Date('2026-03-10T00:00:00Z'),
		featured: false,
		draft: false,
		...overrides,
	};
	return { lang, slug, data, body };
}

const stub = (lang: Language, slug: string) => file(lang, slug, { title: undefined, description: undefined, hero: { image: 'a.jpg' } }, '');

describe('publishedStories', () => {
	it('publishes a story in both languages and says so on each', () => {
		const stories = publishedStories([file('it', 'a'), file('en', 'a')]);
		expect(stories.map((story) => story.lang).sort()).toEqual(['en', 'it']);
		for (const story of stories) expect(story.languages).toEqual(['it', 'en']);
	});

	it('leaves out the CMS stub of an untranslated language', () => {
		const stories = publishedStories([file('it', 'a'), stub('en', 'a')]);
		expect(stories).toHaveLength(1);
		expect(stories[0]?.lang).toBe('it');
		expect(stories[0]?.languages).toEqual(['it']);
	});

	it('holds back both languages when either file is a draft', () => {
		expect(publishedStories([file('it', 'a', { draft: true }), file('en', 'a')])).toEqual([]);
	});

	it('sorts newest first, deterministically on equal dates', () => {
		const stories = publishedStories([
			file('it', 'old', { publishDate: new Date('2025-01-01T00:00:00Z') }),
			file('it', 'b'),
			file('it', 'a'),
		]);
		expect(stories.map((story) => story.slug)).toEqual(['a', 'b', 'old']);
	});
});

describe('relatedStories', () => {
	it('prefers the same business, then the same district, and never the story itself or another language', () => {
		const all = publishedStories([
			file('it', 'self'),
			file('it', 'same-district', { businesses: ['other'] }),
			file('it', 'same-business', { district: 'prato', publishDate: new Date('2025-01-01T00:00:00Z') }),
			file('it', 'unrelated', { district: 'prato', businesses: ['x'] }),
			file('en', 'english', {}),
		]);
		const self = all.find((story) => story.slug === 'self')!;
		expect(relatedStories(self, all).map((story) => story.slug)).toEqual(['same-business', 'same-district']);
	});

	it('picks what comparing every pair of stories picks, on a site of hundreds', () => {
		const random = seededRandom(7);
		const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)]!;
		const all = publishedStories(
			Array.from({ length: 400 }, (_, n) =>
				file(pick(['it', 'en']), `story-${n}`, {
					district: pick(['sassuolo', 'prato', 'vicenza', 'murano']),
					businesses: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(['a', 'b', 'c', 'd', 'e', 'f', 'g'])),
					publishDate: new Date(Date.UTC(2020 + Math.floor(random() * 6), Math.floor(random() * 12), 1)),
				}),
			),
		);
		const everyPair = (story: (typeof all)[number]) => {
			const score = (other: (typeof all)[number]) => (other.data.businesses.some((id) => story.data.businesses.includes(id)) ? 2 : 0) + (other.data.district === story.data.district ? 1 : 0);
			return all
				.filter((other) => other.lang === story.lang && other.slug !== story.slug && score(other) > 0)
				.sort((a, b) => score(b) - score(a) || byNewest(a, b))
				.slice(0, 3)
				.map((other) => other.slug);
		};
		for (const story of all) expect(relatedStories(story, all).map((other) => other.slug)).toEqual(everyPair(story));
	});
});

describe('translationBacklog', () => {
	it('lists stories written in one language only, including drafts, and nothing else', () => {
		const backlog = translationBacklog([file('it', 'done'), file('en', 'done'), file('it', 'todo'), stub('en', 'todo'), file('it', 'draft', { draft: true })]);
		expect(backlog).toEqual([
			{ slug: 'draft', writtenIn: ['it'], missing: ['en'], draft: true },
			{ slug: 'todo', writtenIn: ['it'], missing: ['en'], draft: false },
		]);
	});
});
