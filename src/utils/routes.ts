/**
 * Every public URL of the site is built here. The URL scheme is a contract
 * (links shared on WhatsApp, printed QR codes, search engines), so pages,
 * feeds, the sitemap and tests all ask this module instead of concatenating.
 */
import { FACETS, isLanguage, LANGUAGE_TABLE, SECTIONS, type Facet, type Language, type Section } from '../i18n/languages.ts';

export type { Section };

/** The URL segment of a section in a language (`stories` → `storie`), from the language table. */
export function sectionSegment(lang: Language, section: Section): string {
	return LANGUAGE_TABLE[lang].segments[section];
}

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Prefixes the deploy base (GitHub Pages project sites live below `/<repo>/`). */
export function withBase(path: string): string {
	return base + path.replace(/^\//, '');
}

/** The language home, the root of every localized URL. */
export function homeUrl(lang: Language): string {
	return withBase(`${lang}/`);
}

/** A section index such as `/it/distretti/` or `/en/search/`; later pages of a long index are numbered. */
export function sectionUrl(lang: Language, section: Section, page = 1): string {
	return withBase(`${lang}/${sectionSegment(lang, section)}/${page > 1 ? `${page}/` : ''}`);
}

/** One entry of a section; page 1 of a paginated list is the entry URL itself. */
export function entryUrl(lang: Language, section: Section, id: string, page = 1): string {
	const pagePart = page > 1 ? `${page}/` : '';
	return withBase(`${lang}/${sectionSegment(lang, section)}/${id}/${pagePart}`);
}

/** One filtered view of the business directory, such as `/en/businesses/district/sassuolo/`; `value` is already a URL segment, later pages are numbered. */
export function filterUrl(lang: Language, facet: Facet, value: string, page = 1): string {
	return withBase(`${lang}/${sectionSegment(lang, 'businesses')}/${LANGUAGE_TABLE[lang].facets[facet]}/${value}/${page > 1 ? `${page}/` : ''}`);
}

/**
 * What a site path shows. A bare number after a section is a page of its
 * index (`/it/storie/2/`), a number after an entry a page of that entry's list
 * (`/it/distretti/sassuolo/2/`); this is decided here once, so no reader of a
 * URL has to tell a page number from an id again.
 */
export type ParsedUrl =
	| { kind: 'home'; lang: Language }
	| { kind: 'index'; lang: Language; section: Section; page: number }
	| { kind: 'entry'; lang: Language; section: Section; id: string; page: number }
	| { kind: 'filter'; lang: Language; section: 'businesses'; facet: Facet; value: string; page: number };

const PAGE_NUMBER = /^\d+$/;

/**
 * Reads a site path back into its parts, so the head, share cards, breadcrumbs
 * and the sitemap can find the same page in the other language.
 */
export function parseUrl(pathname: string): ParsedUrl | undefined {
	const withoutBase = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
	const [lang, segment, id, page, filterPage, ...rest] = withoutBase.split('/').filter(Boolean);
	if (!isLanguage(lang) || rest.length > 0) return undefined;
	if (!segment) return { kind: 'home', lang };
	const section = SECTIONS.find((key) => sectionSegment(lang, key) === segment);
	if (!section) return undefined;
	if (id === undefined) return { kind: 'index', lang, section, page: 1 };
	if (PAGE_NUMBER.test(id)) return page === undefined ? { kind: 'index', lang, section, page: Number(id) } : undefined;
	const facet = section === 'businesses' && page !== undefined ? FACETS.find((key) => LANGUAGE_TABLE[lang].facets[key] === id) : undefined;
	if (facet) return filterPage === undefined || PAGE_NUMBER.test(filterPage) ? { kind: 'filter', lang, section: 'businesses', facet, value: page!, page: filterPage === undefined ? 1 : Number(filterPage) } : undefined;
	if (filterPage !== undefined || (page !== undefined && !PAGE_NUMBER.test(page))) return undefined;
	return { kind: 'entry', lang, section, id, page: page === undefined ? 1 : Number(page) };
}

/** Whether a path is the first page of an entry (a story, a business…), optionally of one section. */
export function isEntryPage(parsed: ParsedUrl | undefined, section?: Section): parsed is Extract<ParsedUrl, { kind: 'entry' }> {
	return parsed?.kind === 'entry' && parsed.page === 1 && (section === undefined || parsed.section === section);
}
