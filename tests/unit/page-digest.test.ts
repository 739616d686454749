import { describe, expect, it } from 'vitest';
import { digest, keyed, withFrame } from '../../src/utils/digest.ts';

const view = (title: string, body = 'La fabbrica è piccola.') => ({ story: { slug: 'la-prova', data: { title, publishDate: new Date('2026-03-14') }, body }, related: [{ slug: 'b', title: 'Il filo d’oro' }] });

describe('a page’s key is the digest of its view model', () => {
	it('is the same for the same model, so an unchanged page is copied, not rendered', () => {
		expect(keyed({ slug: 'la-prova' }, { view: view('La prova') }).cacheKey).toBe(keyed({ slug: 'la-prova' }, { view: view('La prova') }).cacheKey);
	});

	it('changes with anything the model holds: a title, the text, a date, a related story', () => {
		const base = digest(view('La prova'));
		expect(digest(view('La prova del fuoco'))).not.toBe(base);
		expect(digest(view('La prova', 'La fabbrica è grande.'))).not.toBe(base);
		expect(digest({ ...view('La prova'), story: { ...view('La prova').story, data: { title: 'La prova', publishDate: new Date('2026-03-15') } } })).not.toBe(base);
		expect(digest({ ...view('La prova'), related: [] })).not.toBe(base);
	});

	it('refuses what it cannot cover (a function, a Map), rather than leaving it out of the key', () => {
		expect(() => digest({ fallback: () => '/it/' })).toThrow(/plain data/);
		expect(() => digest({ districts: new Map([['sassuolo', 'Sassuolo']]) })).toThrow(/Map/);
	});

	it('covers the frame every page shows: a renamed, added or removed page about the site changes every key', () => {
		const page = keyed({ slug: 'la-prova' }, { view: view('La prova') });
		const frame = (...titles: string[]) => ({ pages: titles.map((title, index) => ({ id: `p${index}`, title, href: `/it/chi-siamo/p${index}/` })) });
		const base = withFrame(page, frame('Chi siamo', 'Il nostro metodo')).cacheKey;
		expect(withFrame(page, frame('Chi siamo', 'Il nostro metodo')).cacheKey).toBe(base);
		expect(withFrame(page, frame('Chi siamo', 'Come lavoriamo')).cacheKey).not.toBe(base);
		expect(withFrame(page, frame('Chi siamo')).cacheKey).not.toBe(base);
		expect(withFrame(page, frame('Chi siamo', 'Il nostro metodo', 'Contatti')).cacheKey).not.toBe(base);
		const unkeyed: { props: object; cacheKey?: string } = { props: {} };
		expect(withFrame(unkeyed, frame('Chi siamo')).cacheKey).toBeUndefined();
	});
});
