/**
 * The CMS refuses before saving what the content check refuses, with the same
 * rule and an Italian message an editor can act on.
 */
import { describe, expect, it } from 'vitest';
import { problemFor } from '../../cms/checked-widgets.ts';
import { cmsConfig } from '../../cms/config.ts';
import { storySchema } from '../../src/schemas/content.ts';
import { storyRuleBreaks } from '../../src/schemas/rules.ts';
import { slugOwners } from '../../src/utils/slug-owners.ts';

const stories = cmsConfig({}).collections.find((collection) => collection.name === 'stories');
const field = (name: string) => stories?.fields?.find((candidate) => candidate.name === name) as unknown as Parameters<typeof problemFor>[0];
const published = { kind: 'entrepreneur', businesses: ['ceramiche-prova'], draft: false, verifiedBy: 'Anna Verdi', verifiedOn: '2026-03-10', publishDate: '2026-03-14' };

describe('what the CMS says before saving a story', () => {
	it('asks for the verification of a story about to be published, and not of a draft', () => {
		const unverified = { ...published, verifiedBy: '', verifiedOn: undefined };
		expect(problemFor(field('verifiedBy'), '', unverified)).toBe('Obbligatorio per pubblicare: scrivi chi ha verificato i fatti, oppure segna la storia come bozza.');
		expect(problemFor(field('verifiedOn'), undefined, unverified)).toMatch(/^Obbligatoria per pubblicare/);
		expect(problemFor(field('verifiedBy'), '', { ...unverified, draft: true })).toBeUndefined();
	});

	it('asks an entrepreneur story for a business, and lets a territory story go without', () => {
		expect(problemFor(field('businesses'), [], { ...published, businesses: [] })).toMatch(/^Una storia di tipo Impresa racconta almeno un'impresa/);
		expect(problemFor(field('businesses'), [], { ...published, kind: 'territory', businesses: [] })).toBeUndefined();
	});

	it('asks a corrected story for an update no earlier than its latest correction', () => {
		const corrected = { ...published, corrections: [{ date: '2026-04-02' }, { date: '2026-05-02' }] };
		expect(problemFor(field('updatedDate'), undefined, corrected)).toBe("Con una correzione serve la data di aggiornamento: indica il 2026-05-02 (la data dell'ultima correzione) o una data successiva.");
		expect(problemFor(field('updatedDate'), '2026-04-20', { ...corrected, updatedDate: '2026-04-20' })).toMatch(/^L'aggiornamento precede l'ultima correzione \(2026-05-02\)/);
		expect(problemFor(field('updatedDate'), '2026-05-02', { ...corrected, updatedDate: '2026-05-02' })).toBeUndefined();
		expect(problemFor(field('updatedDate'), undefined, published)).toBeUndefined();
	});

	it('gives the count for a text over or under its limit, in one sentence without jargon', () => {
		expect(problemFor(field('title'), 'x'.repeat(97), published)).toBe('97 caratteri, massimo 90: accorcia il testo.');
		expect(problemFor(field('description'), 'Troppo corta.', published)).toBe('13 caratteri, minimo 50: aggiungi qualche parola.');
		expect(problemFor(field('title'), 'Un titolo giusto', published)).toBeUndefined();
		for (const message of [problemFor(field('title'), 'x'.repeat(97), published), ...storyRuleBreaks({ kind: 'entrepreneur', updatedDate: '2026-01-01', publishDate: '2026-02-01', corrections: [{ date: '2026-01-15' }] }).map((broken) => broken.message.it)]) {
			expect(message).not.toMatch(/schema|pattern|regex/i);
			expect(message?.match(/\./g)).toHaveLength(1);
		}
	});

	it('uses the rule the content check uses, so the two never disagree', () => {
		const broken = { ...published, businesses: [], verifiedBy: undefined, corrections: [{ date: '2026-03-01', text: 'Il forno è del 1962, non del 1926.' }] };
		const result = storySchema.safeParse({ ...broken, hero: { image: 'tile.jpg' }, district: 'sassuolo', author: 'anna-verdi' });
		const schemaMessages = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		const ruleMessages = storyRuleBreaks(broken).map((rule) => `${(rule.path ?? [rule.field]).join('.')}: ${rule.message.en}`);
		expect(schemaMessages).toEqual(ruleMessages);
	});
});

describe('what the CMS says about a story’s address', () => {
	const owners = slugOwners(
		[
			{ lang: 'en', id: 'la-fornace-dei-fontana', data: { title: 'The Fontana family kiln', slug: 'the-fontana-family-kiln', formerSlugs: ['la-fornace-dei-fontana'] } },
			{ lang: 'it', id: 'la-fornace-dei-fontana', data: { title: 'La fornace dei Fontana' } },
		],
		[],
	);
	const slugField = field('slug');
	const former = (stories?.fields?.find((candidate) => candidate.name === 'formerSlugs') as unknown as { field: Parameters<typeof problemFor>[0] }).field;

	it('refuses what is not a web address with the pattern the check applies, and suggests one', () => {
		expect(problemFor(slugField, 'The Kiln', published, { lang: 'en', owners })).toBe('"The Kiln" non può essere un indirizzo web: usa lettere minuscole, cifre e trattini singoli, come "the-kiln".');
		expect(storySchema.safeParse({ slug: 'The Kiln' }).error?.issues.find((issue) => issue.path[0] === 'slug')?.message).toContain('like "the-kiln"');
	});

	it('refuses an address another story holds in that language, live or former, but not the story’s own', () => {
		expect(problemFor(slugField, 'the-fontana-family-kiln', published, { lang: 'en', owners })).toBe('"the-fontana-family-kiln" è già l\'indirizzo di «The Fontana family kiln» in questa lingua: scegline un altro.');
		expect(problemFor(slugField, 'la-fornace-dei-fontana', published, { lang: 'en', owners })).toMatch(/già l'indirizzo di «The Fontana family kiln»/);
		expect(problemFor(former, 'the-fontana-family-kiln', published, { lang: 'en', owners })).toMatch(/^"the-fontana-family-kiln" porta già a «The Fontana family kiln»/);
		expect(problemFor(slugField, 'the-fontana-family-kiln', published, { id: 'la-fornace-dei-fontana', lang: 'en', owners })).toBeUndefined();
		expect(problemFor(slugField, 'the-fontana-family-kiln', published, { lang: 'it', owners })).toBeUndefined();
	});
});
