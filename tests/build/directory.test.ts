/**
 * The business directory as a buyer or a visitor uses it without JavaScript:
 * every business has a card with its badges, and every filter link leads to a
 * page that lists exactly the businesses with that district, sector, kind of
 * visit or language, computed here again from the content files.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-checks/check.ts';
import { LANGUAGES, LANGUAGE_TABLE, type Language } from '../../src/i18n/languages.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { entryUrl, filterUrl, isEntryPage, parseUrl, sectionUrl } from '../../src/utils/routes.ts';
import { topicSlug } from '../../src/utils/topics.ts';
import { attribute, htmlPages, readPage, requireDist, type Element } from '../support/dist.ts';

const { businesses, topics, districts } = checkContent(process.cwd());

beforeAll(requireDist);

/** The businesses a page shows as cards, by id. */
const listed = (page: Element[]) => page.filter((element) => attribute(element, 'data-business') !== undefined).map((element) => attribute(element, 'data-business')!).sort();

/** The badges of each card on a page, by business id. */
function badges(page: Element[]): Record<string, string[]> {
	const cards = page.filter((element) => attribute(element, 'data-business') !== undefined);
	return Object.fromEntries(cards.map((card) => [attribute(card, 'data-business')!, descendants(card).flatMap((element) => attribute(element, 'data-visit') ?? [])]));
}

const expectedBadges = (visits: (typeof businesses)[number]['data']['visits']) => [...(visits.buyers ? ['buyers'] : []), ...(visits.public ? ['public'] : []), ...(visits.byAppointment ? ['appointment'] : [])];

/** Every filter URL of a language with the ids it must list, from the content files. */
function expectedFilters(lang: Language): Map<string, string[]> {
	const filters = new Map<string, string[]>();
	const add = (url: string, id: string) => filters.set(url, [...(filters.get(url) ?? []), id].sort());
	for (const { id, data } of businesses) {
		add(filterUrl(lang, 'district', districts.find((district) => district.id === data.district)!.data.slug?.[lang] ?? data.district), id);
		for (const sector of data.sectors) add(filterUrl(lang, 'sector', topicSlug(sector, topics.find((topic) => topic.id === sector)!.data.name[lang])), id);
		for (const kind of expectedBadges(data.visits)) add(filterUrl(lang, 'visits', LANGUAGE_TABLE[lang].facets[kind as 'buyers']), id);
		for (const code of data.languages) add(filterUrl(lang, 'language', code), id);
	}
	return filters;
}

describe.each(LANGUAGES)('the business directory in %s', (lang) => {
	const index = () => readPage(sectionUrl(lang, 'businesses'));

	it('has a card for every business, with the badges of its visiting facts', () => {
		expect(listed(index())).toEqual(businesses.map((business) => business.id).sort());
		const shown = badges(index());
		for (const { id, data } of businesses) expect(shown[id], id).toEqual(expectedBadges(data.visits));
	});

	it('links every filter value, and each filter page lists exactly the matching businesses', () => {
		const expected = expectedFilters(lang);
		const links = new Set(index().filter((element) => element.tagName === 'a').map((element) => attribute(element, 'href')));
		expect([...expected.keys()].filter((url) => !links.has(url))).toEqual([]);
		const wrong = [...expected].filter(([url, ids]) => JSON.stringify(listed(readPage(url))) !== JSON.stringify(ids)).map(([url]) => url);
		expect(wrong).toEqual([]);
		expect(expected.size).toBeGreaterThan(20);
	});

	it('marks the current filter and links back to every business', () => {
		const url = filterUrl(lang, 'visits', LANGUAGE_TABLE[lang].facets.public);
		const page = readPage(url);
		const current = page.filter((element) => element.tagName === 'a' && attribute(element, 'aria-current') === 'page').map((element) => attribute(element, 'href'));
		expect(current).toContain(url);
		expect(page.some((element) => element.tagName === 'a' && attribute(element, 'href') === sectionUrl(lang, 'businesses'))).toBe(true);
		expect(listed(page)).toEqual(businesses.filter((business) => business.data.visits.public).map((business) => business.id).sort());
	});
});

/** The text Pagefind indexes on a page: inside `data-pagefind-body`, outside `data-pagefind-ignore`. */
function indexedText(page: Element[]): string {
	const text: string[] = [];
	const visit = (node: Element | { value?: string }, inBody: boolean) => {
		if (!('tagName' in node)) {
			if (inBody && node.value) text.push(node.value);
			return;
		}
		if (attribute(node, 'data-pagefind-ignore') !== undefined) return;
		const body = inBody || attribute(node, 'data-pagefind-body') !== undefined;
		for (const child of node.childNodes) visit(child as Element, body);
	};
	visit(page.find((element) => element.tagName === 'html')!, false);
	return text.join(' ').replace(/\s+/g, ' ');
}

describe.each(LANGUAGES)('business pages in search, in %s', (lang) => {
	const t = useTranslations(lang);
	const businessPage = (id: string) => readPage(entryUrl(lang, 'businesses', id));

	it('carry a visiting filter with exactly the buyers and the public they receive', () => {
		for (const { id, data } of businesses) {
			const values = businessPage(id).flatMap((element) => attribute(element, 'data-pagefind-filter')?.match(/^visits:(.*)$/)?.[1] ?? []);
			expect(values, id).toEqual([...(data.visits.buyers ? [t('directory.visit.buyers')] : []), ...(data.visits.public ? [t('directory.visit.public')] : [])]);
		}
	});

	it('index “open to the public” only on businesses that are', () => {
		const closed = businesses.filter((business) => !business.data.visits.public);
		expect(closed.length).toBeGreaterThan(0);
		for (const { id } of closed) expect(indexedText(businessPage(id)), id).not.toContain(t('business.publicNot'));
		for (const { id } of businesses.filter((business) => business.data.visits.public)) expect(indexedText(businessPage(id)), id).toContain(t('business.publicWelcome'));
	});
});

describe.each(LANGUAGES)('directions on business pages, in %s', (lang) => {
	it('every business with coordinates links the phone’s map app and three route planners, with or without a street address', () => {
		expect(businesses.some((business) => !business.data.address)).toBe(true);
		for (const { id, data } of businesses) {
			const links = readPage(entryUrl(lang, 'businesses', id)).filter((element) => attribute(element, 'data-directions') !== undefined);
			expect(links.map((link) => attribute(link, 'data-directions')), id).toEqual(['geo', 'osm', 'google', 'apple']);
			const { lat, lon } = data.coordinates;
			expect(attribute(links[0]!, 'href'), id).toBe(`geo:${lat},${lon}?q=${lat},${lon}(${encodeURIComponent(data.name)})`);
			for (const link of links.slice(1)) expect(attribute(link, 'href'), id).toMatch(new RegExp(`^https://[^ ]*${lat}(,|%2C)${lon}`));
		}
	});
});

describe.each(LANGUAGES)('the “Contact / visit” block of stories, in %s', (lang) => {
	const storyPages = () => htmlPages().filter((path) => isEntryPage(parseUrl(path), 'stories') && parseUrl(path)!.lang === lang);

	it('shows every business of the story with its badges, e-mail, phone, website and directions', () => {
		let blocks = 0;
		for (const path of storyPages()) {
			const page = readPage(path);
			const links = page.filter((element) => element.tagName === 'a').map((element) => parseUrl(attribute(element, 'href') ?? ''));
			const named = new Set(links.flatMap((link) => (isEntryPage(link, 'businesses') ? [link.slug] : [])));
			const shown = page.filter((element) => attribute(element, 'data-contact') !== undefined);
			expect(shown.map((block) => attribute(block, 'data-contact')).sort(), path).toEqual([...named].sort());
			for (const block of shown) {
				blocks += 1;
				const { id, data } = businesses.find((business) => business.id === attribute(block, 'data-contact'))!;
				const inside = descendants(block);
				const hrefs = inside.filter((element) => element.tagName === 'a').map((element) => attribute(element, 'href'));
				expect(inside.flatMap((element) => attribute(element, 'data-visit') ?? []), `${path} ${id}`).toEqual(expectedBadges(data.visits));
				if (data.email) expect(hrefs, `${path} ${id}`).toContain(`mailto:${data.email}`);
				if (data.phone) expect(hrefs, `${path} ${id}`).toContain(`tel:${data.phone.replace(/[^\d+]/g, '')}`);
				if (data.website) expect(hrefs, `${path} ${id}`).toContain(data.website);
				expect(inside.flatMap((element) => attribute(element, 'data-directions') ?? []), `${path} ${id}`).toEqual(['geo', 'osm', 'google', 'apple']);
			}
		}
		expect(blocks).toBeGreaterThan(5);
	});
});

/** An element and everything inside it. */
function descendants(root: Element): Element[] {
	return [root, ...root.childNodes.flatMap((child) => ('tagName' in child ? descendants(child) : []))];
}
