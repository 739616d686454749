import { describe, expect, it } from 'vitest';
import { inEveryLanguage, inLanguages, switchTargets } from '../../src/utils/alternates.ts';
import { formatDate, languageList } from '../../src/utils/format.ts';
import { italyOutline, MAP_HEIGHT, MAP_WIDTH, project } from '../../src/utils/italy-map.ts';
import { pageDescription, paginate } from '../../src/utils/pagination.ts';
import { entryUrl, sectionUrl } from '../../src/utils/routes.ts';
import { groupByTopic, topicLabels, topicSlug } from '../../src/utils/topics.ts';

describe('the language switch', () => {
	it('leads to the same story in the other language when it exists', () => {
		const translations = inEveryLanguage((lang) => entryUrl(lang, 'stories', { id: 'x' }));
		expect(switchTargets('it', translations, (lang) => sectionUrl(lang, 'stories'))).toEqual([{ lang: 'en', href: '/en/stories/x/', exact: true }]);
	});

	it('leads to the other language’s stories when the story is not translated', () => {
		const translations = inLanguages(['it'], (lang) => entryUrl(lang, 'stories', { id: 'x' }));
		expect(translations).toEqual({ it: '/it/storie/x/' });
		expect(switchTargets('it', translations, (lang) => sectionUrl(lang, 'stories'))).toEqual([{ lang: 'en', href: '/en/stories/', exact: false }]);
	});
});

describe('the districts map', () => {
	const milan = project(9.19, 45.46);
	const naples = project(14.27, 40.85);
	const palermo = project(13.36, 38.12);

	it('keeps north up and east right', () => {
		expect(milan.y).toBeLessThan(naples.y);
		expect(milan.x).toBeLessThan(naples.x);
		expect(palermo.y).toBeGreaterThan(naples.y);
	});

	it('places every Italian city inside the drawing', () => {
		for (const point of [milan, naples, palermo, project(12.5, 37.6), project(18.5, 40.1), project(7.0, 45.7)]) {
			expect(point.x).toBeGreaterThan(0);
			expect(point.x).toBeLessThan(MAP_WIDTH);
			expect(point.y).toBeGreaterThan(0);
			expect(point.y).toBeLessThan(MAP_HEIGHT);
		}
	});

	it('draws the mainland and the islands from the atlas', () => {
		const outline = italyOutline();
		expect(outline.startsWith('M')).toBe(true);
		expect(outline.match(/Z/g)?.length).toBeGreaterThanOrEqual(3);
	});
});

describe('paginate', () => {
	it('makes pages of a fixed size and always at least one', () => {
		expect(paginate([1, 2, 3, 4, 5], 2).map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
		expect(paginate([], 12)).toEqual([{ items: [], number: 1, total: 1 }]);
	});

	it('gives later pages a description of their own, led by their title', () => {
		const pages = paginate(Array.from({ length: 30 }, (_, n) => n), 12);
		const descriptions = pages.map((page) => pageDescription(page, page.number === 1 ? 'Murano' : `Murano, page ${page.number}`, 'Glass since 1291.'));
		expect(descriptions).toEqual(['Glass since 1291.', 'Murano, page 2. Glass since 1291.', 'Murano, page 3. Glass since 1291.']);
	});
});

describe('groupByTopic', () => {
	const topic = (id: string, it: string, en: string) => ({ id, data: { name: { it, en, de: en } } });
	const topics = [topic('citta', 'Città d’arte', 'art cities'), topic('export', 'export', 'export'), topic('igp', 'IGP', 'PGI')];

	it('puts stories, businesses and districts naming one topic on its page, named and addressed in the language', () => {
		const groups = groupByTopic(topics, 'en', { stories: [{ item: 's1', ids: ['citta', 'export'] }], businesses: [{ item: 'b1', ids: ['citta'] }], districts: [{ item: 'd1', ids: ['export'] }] });
		expect(groups).toEqual([
			{ id: 'citta', slug: 'art-cities', label: 'art cities', stories: ['s1'], businesses: ['b1'], districts: [] },
			{ id: 'export', slug: 'export', label: 'export', stories: ['s1'], businesses: [], districts: ['d1'] },
		]);
		expect(groupByTopic(topics, 'it', { stories: [{ item: 's1', ids: ['citta'] }], businesses: [], districts: [] }).map((group) => group.slug)).toEqual(['citta-d-arte']);
	});

	it('gives no page to a topic nothing names, and lists an entry once even when it names a topic twice', () => {
		const groups = groupByTopic(topics, 'it', { stories: [{ item: 's1', ids: ['igp', 'igp'] }], businesses: [], districts: [] });
		expect(groups).toEqual([{ id: 'igp', slug: 'igp', label: 'IGP', stories: ['s1'], businesses: [], districts: [] }]);
	});

	it('resolves ids to labels in the editor’s order and falls back to the id for a name with no letter', () => {
		const byId = new Map(topics.map((entry) => [entry.id, entry]));
		expect(topicLabels(['igp', 'citta'], byId, 'en')).toEqual([{ id: 'igp', slug: 'pgi', label: 'PGI' }, { id: 'citta', slug: 'art-cities', label: 'art cities' }]);
		expect(topicSlug('made-in-italy', '—')).toBe('made-in-italy');
	});
});

describe('formatting', () => {
	it('writes dates the way each language does, without time-zone drift', () => {
		const date = new Date('2026-03-01T00:00:00Z');
		expect(formatDate(date, 'it')).toBe('1 marzo 2026');
		expect(formatDate(date, 'en')).toBe('1 March 2026');
	});

	it('names languages in the reader’s language, cased as it writes them in a list', () => {
		expect(languageList(['it', 'en'], 'it')).toBe('italiano, inglese');
		expect(languageList(['it', 'en'], 'en')).toBe('Italian, English');
		expect(languageList(['de'], 'de')).toBe('Deutsch');
	});
});
