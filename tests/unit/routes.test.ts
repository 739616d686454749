import { describe, expect, it } from 'vitest';
import { addressOf, entryUrl, homeUrl, isEntryPage, parseUrl, sectionUrl, urlSlug } from '../../src/utils/routes.ts';
import { slugify } from '../../src/utils/slugs.ts';
import { readingMinutes } from '../../src/utils/reading-time.ts';

describe('localized URLs', () => {
	it('uses the section names of each language', () => {
		expect(homeUrl('it')).toBe('/it/');
		expect(entryUrl('it', 'stories', { id: 'la-fornace' })).toBe('/it/storie/la-fornace/');
		expect(entryUrl('en', 'stories', { id: 'la-fornace' })).toBe('/en/stories/la-fornace/');
		expect(entryUrl('it', 'businesses', 'fontana')).toBe('/it/imprese/fontana/');
		expect(sectionUrl('en', 'search')).toBe('/en/search/');
		expect(sectionUrl('it', 'tags')).toBe('/it/temi/');
	});

	it('numbers pages after the first only', () => {
		expect(entryUrl('it', 'districts', { id: 'sassuolo' }, 1)).toBe('/it/distretti/sassuolo/');
		expect(entryUrl('it', 'districts', { id: 'sassuolo' }, 2)).toBe('/it/distretti/sassuolo/2/');
	});

	it('reads a URL back into the same parts', () => {
		expect(parseUrl('/en/districts/sassuolo/2/')).toEqual({ kind: 'entry', lang: 'en', section: 'districts', slug: 'sassuolo', page: 2 });
		expect(parseUrl('/it/storie/la-fornace/')).toEqual({ kind: 'entry', lang: 'it', section: 'stories', slug: 'la-fornace', page: 1 });
		expect(parseUrl('/it/')).toEqual({ kind: 'home', lang: 'it' });
	});

	it('gives a story or district the slug of each language, the file name where it sets none', () => {
		const kiln = { id: 'la-fornace-dei-fontana', slugs: { en: 'the-fontana-family-kiln' } };
		expect(entryUrl('en', 'stories', kiln)).toBe('/en/stories/the-fontana-family-kiln/');
		expect(entryUrl('it', 'stories', kiln)).toBe('/it/storie/la-fornace-dei-fontana/');
		expect(urlSlug(kiln, 'en')).toBe('the-fontana-family-kiln');
		const gold = addressOf({ id: 'vicenza-oro', data: { slug: { en: 'vicenza-gold-district' } } });
		expect(entryUrl('en', 'districts', gold, 2)).toBe('/en/districts/vicenza-gold-district/2/');
		expect(entryUrl('it', 'districts', gold)).toBe('/it/distretti/vicenza-oro/');
		expect(parseUrl(entryUrl('en', 'districts', gold, 2))).toEqual({ kind: 'entry', lang: 'en', section: 'districts', slug: 'vicenza-gold-district', page: 2 });
	});

	it('tells a page of a section index from an entry', () => {
		expect(parseUrl('/it/storie/')).toEqual({ kind: 'index', lang: 'it', section: 'stories', page: 1 });
		expect(parseUrl('/en/stories/2/')).toEqual({ kind: 'index', lang: 'en', section: 'stories', page: 2 });
		expect(isEntryPage(parseUrl('/en/stories/2/'))).toBe(false);
		expect(isEntryPage(parseUrl('/en/stories/la-fornace/'), 'stories')).toBe(true);
		expect(isEntryPage(parseUrl('/en/districts/sassuolo/2/'))).toBe(false);
	});

	it('rejects paths that are not ours', () => {
		expect(parseUrl('/de/stories/x/')).toBeUndefined();
		expect(parseUrl('/en/storie/x/')).toBeUndefined();
		expect(parseUrl('/admin/')).toBeUndefined();
		expect(parseUrl('/it/storie/2/3/')).toBeUndefined();
		expect(parseUrl('/it/distretti/sassuolo/due/')).toBeUndefined();
	});
});

describe('slugify', () => {
	it('folds accents and apostrophes so links survive any keyboard', () => {
		expect(slugify("Città d'arte")).toBe('citta-d-arte');
		expect(slugify('  Made in Italy ')).toBe('made-in-italy');
	});
});

describe('readingMinutes', () => {
	it('counts words, not markup, and never says zero', () => {
		expect(readingMinutes('<PullQuote cite="x">ciao</PullQuote>')).toBe(1);
		expect(readingMinutes('parola '.repeat(1000))).toBe(5);
	});
});
