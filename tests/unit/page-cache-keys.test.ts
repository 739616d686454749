import { describe, expect, it } from 'vitest';
import { embedPageKey, listPageKey, referenceDataKey, siteDataKey, storyPageKey, type SiteData } from '../../src/utils/page-cache-keys.ts';

const story = (slug: string, title: string, publishDate = '2026-03-14') => ({ lang: 'it', slug, data: { title, publishDate: new Date(publishDate), hero: { image: 'tile.jpg' } }, languages: ['it'] });

function site(overrides: Partial<SiteData> = {}): SiteData {
	return {
		stories: [story('a', 'La prova del fuoco'), story('b', 'Il filo d’oro')],
		districts: [{ id: 'sassuolo', data: { name: { it: 'Sassuolo' } } }],
		businesses: [{ id: 'fontana', data: { name: 'Fontana' } }],
		authors: [{ id: 'anna', data: { name: 'Anna' } }],
		...overrides,
	};
}

describe('siteDataKey', () => {
	it('is the same for the same data, so an unchanged site is copied, not rendered', () => {
		expect(siteDataKey(site())).toBe(siteDataKey(site()));
	});

	it('does not depend on the order a collection is read in', () => {
		const districts = [{ id: 'sassuolo', data: { name: { it: 'Sassuolo' } } }, { id: 'vicenza', data: { name: { it: 'Vicenza' } } }];
		expect(siteDataKey(site({ districts }))).toBe(siteDataKey(site({ districts: [...districts].reverse() })));
	});

	it('changes when another story changes what its card shows, because every page lists stories', () => {
		const renamed = site({ stories: [story('a', 'La prova del fuoco'), story('b', 'Il filo d’argento')] });
		const moved = site({ stories: [story('a', 'La prova del fuoco'), story('b', 'Il filo d’oro', '2026-03-15')] });
		expect(siteDataKey(renamed)).not.toBe(siteDataKey(site()));
		expect(siteDataKey(moved)).not.toBe(siteDataKey(site()));
	});

	it('changes when a story is published, withdrawn or translated', () => {
		const withdrawn = site({ stories: [story('a', 'La prova del fuoco')] });
		const translated = site({ stories: [story('a', 'La prova del fuoco'), { ...story('b', 'Il filo d’oro'), languages: ['it', 'en'] }] });
		expect(siteDataKey(withdrawn)).not.toBe(siteDataKey(site()));
		expect(siteDataKey(translated)).not.toBe(siteDataKey(site()));
	});

	it('changes when a district, business or author changes', () => {
		const base = siteDataKey(site());
		expect(siteDataKey(site({ districts: [{ id: 'sassuolo', data: { name: { it: 'Distretto di Sassuolo' } } }] }))).not.toBe(base);
		expect(siteDataKey(site({ businesses: [{ id: 'fontana', data: { name: 'Fontana srl' } }] }))).not.toBe(base);
		expect(siteDataKey(site({ authors: [{ id: 'anna', data: { name: 'Anna Verdi' } }] }))).not.toBe(base);
	});
});

describe('storyPageKey', () => {
	const page = (body: string, related = [story('b', 'Il filo d’oro')]) => ({ story: { ...story('a', 'La prova del fuoco'), body }, related });
	const references = referenceDataKey(site());

	it('changes with the story’s own text', () => {
		expect(storyPageKey(page('La fabbrica è piccola.'), references)).toBe(storyPageKey(page('La fabbrica è piccola.'), references));
		expect(storyPageKey(page('La fabbrica è piccola.'), references)).not.toBe(storyPageKey(page('La fabbrica è grande.'), references));
	});

	it('changes when a related story it lists changes, or the list does', () => {
		const base = storyPageKey(page('Testo.'), references);
		expect(storyPageKey(page('Testo.', [story('b', 'Il filo d’argento')]), references)).not.toBe(base);
		expect(storyPageKey(page('Testo.', [story('c', 'Il telaio')]), references)).not.toBe(base);
	});

	it('changes when a district, business or author changes', () => {
		const base = storyPageKey(page('Testo.'), references);
		for (const changed of [
			site({ districts: [{ id: 'sassuolo', data: { name: { it: 'Distretto di Sassuolo' } } }] }),
			site({ businesses: [{ id: 'fontana', data: { name: 'Fontana srl' } }] }),
			site({ authors: [{ id: 'anna', data: { name: 'Anna Verdi' } }] }),
		]) {
			expect(storyPageKey(page('Testo.'), referenceDataKey(changed))).not.toBe(base);
		}
	});
});

describe('embedPageKey', () => {
	it('changes with the story’s card and its district name only', () => {
		const base = embedPageKey(story('a', 'La prova del fuoco'), 'Sassuolo');
		expect(embedPageKey(story('a', 'La prova del fuoco'), 'Sassuolo')).toBe(base);
		expect(embedPageKey(story('a', 'La prova dell’acqua'), 'Sassuolo')).not.toBe(base);
		expect(embedPageKey(story('a', 'La prova del fuoco'), 'Distretto di Sassuolo')).not.toBe(base);
	});
});

describe('listPageKey', () => {
	const references = referenceDataKey(site());

	it('changes when a story it lists changes, one is added, or the reference data changes', () => {
		const base = listPageKey([story('a', 'La prova del fuoco')], references);
		expect(listPageKey([story('a', 'La prova del fuoco')], references)).toBe(base);
		expect(listPageKey([story('a', 'La prova dell’acqua')], references)).not.toBe(base);
		expect(listPageKey([story('a', 'La prova del fuoco'), story('b', 'Il filo d’oro')], references)).not.toBe(base);
		expect(listPageKey([story('a', 'La prova del fuoco')], referenceDataKey(site({ businesses: [{ id: 'fontana', data: { name: 'Fontana srl' } }] })))).not.toBe(base);
	});
});
