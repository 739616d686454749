import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { breadcrumbLd, businessLd, districtLd, serializeJsonLd, storyLd, websiteLd, type SiteInfo, type StoryLdInput } from '../../src/utils/seo/json-ld.ts';

const HOSTILE = `Fontana </script><script>alert(1)</script> "quoted" & 'single' <!-- 🎉 \u2028 end`;

const site: SiteInfo = {
	name: 'Trame',
	rootUrl: 'https://trame.example.org/',
	url: 'https://trame.example.org/en/',
	searchUrlTemplate: 'https://trame.example.org/en/search/?q={search_term_string}',
	lang: 'en',
	logo: { url: 'https://trame.example.org/og/logo.png', width: 512, height: 512 },
};
const district = {
	name: 'Sassuolo Ceramic Tile District',
	url: 'https://trame.example.org/en/districts/sassuolo/',
	entityUrl: 'https://trame.example.org/it/distretti/sassuolo/',
	region: 'Emilia-Romagna',
	coordinates: { lat: 44.5436, lon: 10.7847 },
};
const business = { name: 'Ceramiche Fontana', url: 'https://trame.example.org/en/businesses/ceramiche-fontana/', entityUrl: 'https://trame.example.org/it/imprese/ceramiche-fontana/' };

function story(title: string) {
	return storyLd(storyInput(title));
}

function storyInput(title: string): StoryLdInput {
	return {
		url: 'https://trame.example.org/en/stories/la-fornace-dei-fontana/',
		title,
		description: 'A forty-person tile maker sells short runs to architects across Europe.',
		lang: 'en',
		image: { url: 'https://trame.example.org/og/en/stories/la-fornace-dei-fontana.jpg', width: 1200, height: 630 },
		publishDate: new Date('2026-03-14T00:00:00Z'),
		updatedDate: new Date('2026-05-02T00:00:00Z'),
		author: { name: 'Giulia Ferri', url: 'https://trame.example.org/en/authors/giulia-ferri/' },
		keywords: ['ceramics', 'tiles'],
		district,
		businesses: [business],
		site,
	};
}

/** The text content of every `<script>` element as an HTML parser (a browser, a crawler) sees it. */
/** A node's `@id`; schema-dts types allow a bare string where a node goes. */
const idOf = (node: unknown) => (node as { '@id': string })['@id'];

function scriptsIn(html: string): string[] {
	const texts: string[] = [];
	const walk = (node: DefaultTreeAdapterMap['parentNode'] | DefaultTreeAdapterMap['childNode']) => {
		if ('tagName' in node && node.tagName === 'script') {
			texts.push(node.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
		}
		if ('childNodes' in node) node.childNodes.forEach(walk);
	};
	walk(parse(html));
	return texts;
}

describe('serializeJsonLd', () => {
	it('keeps a hostile title inside its script element and returns it intact', () => {
		const json = serializeJsonLd(story(HOSTILE));
		const scripts = scriptsIn(`<!doctype html><html><head><script type="application/ld+json">${json}</script></head><body></body></html>`);
		expect(scripts).toHaveLength(1);
		expect(JSON.parse(scripts[0]!).headline).toBe(HOSTILE);
	});

	it('leaves no character an HTML or JavaScript parser reacts to', () => {
		const json = serializeJsonLd({ text: HOSTILE });
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
		expect(json).toContain('\\u003c/script\\u003e');
	});
});

describe('storyLd', () => {
	const article = story('La fornace dei Fontana');

	it('is an Article with dates, author, publisher logo and language', () => {
		expect(article).toMatchObject({
			'@type': 'Article',
			headline: 'La fornace dei Fontana',
			datePublished: '2026-03-14',
			dateModified: '2026-05-02',
			inLanguage: 'en',
			author: { '@type': 'Person', name: 'Giulia Ferri' },
			publisher: { '@type': 'Organization', logo: { url: site.logo.url } },
		});
	});

	it('points at the businesses and the district by the ids their own pages use', () => {
		const own = businessLd({ ...business, description: 'Tiles', lang: 'it', foundingYear: 1962, town: 'Fiorano Modenese', province: 'MO', coordinates: { lat: 44.5, lon: 10.8 }, languages: ['it'], sectors: ['ceramica'], district });
		const place = districtLd({ ...district, description: 'Tiles' });
		expect(article.about).toEqual([expect.objectContaining({ '@type': 'LocalBusiness', '@id': idOf(own) })]);
		expect(article.mentions).toEqual([expect.objectContaining({ '@type': 'Place', '@id': idOf(place) })]);
		expect(idOf(own)).toBe('https://trame.example.org/it/imprese/ceramiche-fontana/#business');
	});

	it('uses the publish date as modified date when the story was never updated', () => {
		const fresh = storyLd({ url: 'u', title: 't', description: 'd', lang: 'it', image: { url: 'i', width: 1, height: 1 }, publishDate: new Date('2026-01-02T00:00:00Z'), author: { name: 'A', url: 'a' }, keywords: [], district, businesses: [], site });
		expect(fresh.dateModified).toBe('2026-01-02');
		expect(fresh.about).toEqual([expect.objectContaining({ '@type': 'Place' })]);
		expect(fresh).not.toHaveProperty('citation');
		expect(fresh).not.toHaveProperty('correction');
		expect(fresh).not.toHaveProperty('publishingPrinciples');
	});

	it('cites its sources, with address and date only where the story gives them', () => {
		const cited = storyLd({
			...storyInput('The Fontana family kiln'),
			sources: [{ title: 'Interview with Anna Fontana', date: new Date('2026-02-24T00:00:00Z') }, { title: 'Price list 2026', url: 'https://www.example.com/listino' }],
		});
		expect(cited.citation).toEqual([
			{ '@type': 'CreativeWork', name: 'Interview with Anna Fontana', datePublished: '2026-02-24' },
			{ '@type': 'CreativeWork', name: 'Price list 2026', url: 'https://www.example.com/listino' },
		]);
	});

	it('points at the page that explains how stories are chosen and checked', () => {
		expect(storyLd({ ...storyInput('t'), publishingPrinciples: 'https://trame.example.org/en/about/metodo/' }).publishingPrinciples).toBe('https://trame.example.org/en/about/metodo/');
	});

	it('lists each correction as a CorrectionComment with its date and text', () => {
		const corrected = storyLd({ ...storyInput('The Fontana family kiln'), corrections: [{ date: new Date('2026-05-02T00:00:00Z'), text: 'The minimum order is fifty square metres, not one hundred.' }] });
		expect(corrected.correction).toEqual([{ '@type': 'CorrectionComment', datePublished: '2026-05-02', text: 'The minimum order is fifty square metres, not one hundred.' }]);
		expect(serializeJsonLd(storyLd({ ...storyInput('t'), corrections: [{ date: new Date('2026-05-02T00:00:00Z'), text: HOSTILE }] }))).not.toContain('</script>');
	});
});

describe('businessLd', () => {
	it('carries address, coordinates and every contact the business gave', () => {
		const node = businessLd({ ...business, description: 'Tiles', lang: 'en', foundingYear: 1962, address: 'Via Ghiarola Nuova 18', town: 'Fiorano Modenese', province: 'MO', coordinates: { lat: 44.5361, lon: 10.8164 }, website: 'https://www.example.com/fontana', email: 'info@fontana.example', phone: '+39 0536 000000', languages: ['it', 'en'], sectors: ['ceramics'], district });
		expect(node).toMatchObject({
			'@type': 'LocalBusiness',
			url: 'https://www.example.com/fontana',
			email: 'info@fontana.example',
			telephone: '+39 0536 000000',
			address: { '@type': 'PostalAddress', streetAddress: 'Via Ghiarola Nuova 18', addressLocality: 'Fiorano Modenese', addressCountry: 'IT' },
			geo: { '@type': 'GeoCoordinates', latitude: 44.5361, longitude: 10.8164 },
		});
	});

	it('leaves out contacts the business did not give instead of writing empty ones', () => {
		const node = businessLd({ ...business, description: 'Tiles', lang: 'en', foundingYear: 1962, town: 'Fiorano', province: 'MO', coordinates: { lat: 44.5, lon: 10.8 }, languages: ['it'], sectors: [], district });
		expect(node).not.toHaveProperty('email');
		expect(node).not.toHaveProperty('telephone');
		expect((node as { address: object }).address).not.toHaveProperty('streetAddress');
		expect((node as { url: string }).url).toBe(business.url);
	});
});

describe('websiteLd and breadcrumbLd', () => {
	it('offers a search action that lands on the search page with the query', () => {
		const node = websiteLd(site) as unknown as { potentialAction: { target: { urlTemplate: string }; 'query-input': string } };
		expect(node.potentialAction.target.urlTemplate).toBe('https://trame.example.org/en/search/?q={search_term_string}');
		expect(node.potentialAction['query-input']).toBe('required name=search_term_string');
	});

	it('numbers breadcrumbs from 1 in order', () => {
		const node = breadcrumbLd([{ name: 'Trame', url: 'https://x/en/' }, { name: 'Stories', url: 'https://x/en/stories/' }]);
		expect(node.itemListElement).toEqual([
			{ '@type': 'ListItem', position: 1, name: 'Trame', item: 'https://x/en/' },
			{ '@type': 'ListItem', position: 2, name: 'Stories', item: 'https://x/en/stories/' },
		]);
	});
});
