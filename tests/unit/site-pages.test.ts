import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/i18n/languages.ts';
import type { PageData } from '../../src/schemas/content.ts';
import { linkedPage, pageLinks, publishedPages, type PageFile } from '../../src/utils/site-pages.ts';

function page(lang: Language, id: string, order: number, overrides: Partial<PageData> = {}, body = 'Text.'): PageFile {
	return { lang, id, body, data: { title: `${id} ${lang}`, description: 'A description of the page.', updatedDate: new Date('2026-12-01T00:00:00Z'), order, draft: false, ...overrides } };
}

describe('publishedPages and pageLinks', () => {
	it('lists the pages of a language in footer order, each with the languages it exists in', () => {
		const pages = publishedPages([page('it', 'metodo', 2), page('en', 'metodo', 2), page('it', 'trame', 1), page('it', 'contatti', 3), page('en', 'contatti', 3, { title: undefined, description: undefined }, '')]);
		expect(pageLinks(pages, 'it')).toEqual([
			{ id: 'trame', title: 'trame it', href: '/it/chi-siamo/trame/' },
			{ id: 'metodo', title: 'metodo it', href: '/it/chi-siamo/metodo/' },
			{ id: 'contatti', title: 'contatti it', href: '/it/chi-siamo/contatti/' },
		]);
		expect(pageLinks(pages, 'en').map((link) => link.href)).toEqual(['/en/about/metodo/']);
		expect(pages.find((found) => found.id === 'metodo')?.languages).toEqual(['it', 'en']);
		expect(pages.find((found) => found.id === 'contatti')?.languages).toEqual(['it']);
	});

	it('holds back a page in both languages while either is a draft', () => {
		expect(publishedPages([page('it', 'note-legali', 4, { draft: true }), page('en', 'note-legali', 4)])).toEqual([]);
	});
});

describe('linkedPage', () => {
	it('finds the method and corrections pages, and nothing when they are missing', () => {
		const links = pageLinks(publishedPages([page('en', 'metodo', 2)]), 'en');
		expect(linkedPage(links, 'method')?.href).toBe('/en/about/metodo/');
		expect(linkedPage(links, 'corrections')).toBeUndefined();
	});
});
