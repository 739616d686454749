import { describe, expect, it } from 'vitest';
import { embedPageKey, listPageKey, referenceDataKey, storyPageKey, type ReferenceData } from '../../src/utils/page-cache-keys.ts';

const story = (slug: string, title: string, publishDate = '2026-03-14') => ({ lang: 'it', slug, data: { title, publishDate: new Date(publishDate), hero: { image: 'tile.jpg' } }, languages: ['it'] });

function site(overrides: Partial<ReferenceData> = {}): ReferenceData {
	return {
		districts: [{ id: 'sassuolo', data: { name: { it: 'Sassuolo' } } }],
		businesses: [{ id: 'fontana', data: { name: 'Fontana' } }],
		authors: [{ id: 'anna', data: { name: 'Anna' } }],
		...overrides,
	};
}

describe('referenceDataKey', () => {
	it('is the same for the same data, so an unchanged site is copied, not rendered', () => {
		expect(referenceDataKey(site())).toBe(referenceDataKey(site()));
	});

	it('does not depend on the order a collection is read in', () => {
		const districts = [{ id: 'sassuolo', data: { name: { it: 'Sassuolo' } } }, { id: 'vicenza', data: { name: { it: 'Vicenza' } } }];
		expect(referenceDataKey(site({ districts }))).toBe(referenceDataKey(site({ districts: [...districts].reverse() })));
	});

	it('changes when a district, business or author changes', () => {
		const base = referenceDataKey(site());
		expect(referenceDataKey(site({ districts: [{ id: 'sassuolo', data: { name: { it: 'Distretto di Sassuolo' } } }] }))).not.toBe(base);
		expect(referenceDataKey(site({ businesses: [{ id: 'fontana', data: { name: 'Fontana srl' } }] }))).not.toBe(base);
		expect(referenceDataKey(site({ authors: [{ id: 'anna', data: { name: 'Anna Verdi' } }] }))).not.toBe(base);
	});

	it('changes when a page about the site is renamed, added or removed, since every footer links to them', () => {
		const pages = [{ id: 'it/metodo', data: { title: 'Il nostro metodo', order: 2 } }];
		const withPages = referenceDataKey(site({ pages }));
		expect(withPages).not.toBe(referenceDataKey(site()));
		expect(referenceDataKey(site({ pages: [{ id: 'it/metodo', data: { title: 'Come lavoriamo', order: 2 } }] }))).not.toBe(withPages);
		expect(referenceDataKey(site({ pages: [...pages, { id: 'it/contatti', data: { title: 'Contatti', order: 3 } }] }))).not.toBe(withPages);
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
	const stories = [story('a', 'La prova del fuoco'), story('b', 'Il filo d’oro')];
	const base = listPageKey(stories, references, 2);

	it('is the same for the same stories, so a page that lists none of the edited ones is copied', () => {
		expect(listPageKey([story('a', 'La prova del fuoco'), story('b', 'Il filo d’oro')], references, 2)).toBe(base);
	});

	it('changes when a story it lists changes what its card shows', () => {
		expect(listPageKey([story('a', 'La prova del fuoco'), story('b', 'Il filo d’argento')], references, 2)).not.toBe(base);
		expect(listPageKey([story('a', 'La prova del fuoco'), story('b', 'Il filo d’oro', '2026-03-15')], references, 2)).not.toBe(base);
	});

	it('changes when a story is added, withdrawn, reordered or translated', () => {
		expect(listPageKey([...stories, story('c', 'Il telaio')], references, 2)).not.toBe(base);
		expect(listPageKey([stories[0]!], references, 2)).not.toBe(base);
		expect(listPageKey([...stories].reverse(), references, 2)).not.toBe(base);
		expect(listPageKey([stories[0]!, { ...stories[1]!, languages: ['it', 'en'] }], references, 2)).not.toBe(base);
	});

	it('changes when the list runs to another number of pages, which its page links show', () => {
		expect(listPageKey(stories, references, 3)).not.toBe(base);
	});

	it('changes when the reference data changes', () => {
		expect(listPageKey(stories, referenceDataKey(site({ businesses: [{ id: 'fontana', data: { name: 'Fontana srl' } }] })), 2)).not.toBe(base);
	});
});
