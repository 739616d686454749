/**
 * Every public URL of the site is built here. The URL scheme is a contract
 * (links shared on WhatsApp, printed QR codes, search engines), so pages,
 * feeds, the sitemap and tests all ask this module instead of concatenating.
 */
import { FACETS, isLanguage, LANGUAGE_TABLE, SECTIONS, type Facet, type Language, type Section } from '../i18n/languages.ts';
import { SITE_BASE } from '../site.config.ts';

export type { Section };

/** The URL segment of a section in a language (`stories` → `storie`), from the language table. */
export function sectionSegment(lang: Language, section: Section): string {
	return LANGUAGE_TABLE[lang].segments[section];
}

// Astro's BASE_URL inside the build; the build script's own stages (redirects, share cards) read SITE_BASE themselves.
const base = (import.meta.env?.BASE_URL ?? SITE_BASE).replace(/\/?$/, '/');

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

/** Sections whose entries may have a URL slug of their own in each language (the file name when they set none). */
export type LocalizedSection = 'stories' | 'districts';

/** An entry of a localized section: its id (the file name its languages share) and its URL slug in the languages that set one. */
export interface Addressable {
	id: string;
	slugs?: Partial<Record<Language, string>>;
}

/** The URL segment of an entry in a language: its own slug there, or its id. */
export function urlSlug(entry: Addressable, lang: Language): string {
	return entry.slugs?.[lang] ?? entry.id;
}

/** A district, or any entry whose data carries `slug: { en: … }`, as an address. */
export function addressOf(entry: { id: string; data: { slug?: Partial<Record<Language, string>> } }): Addressable {
	return { id: entry.id, slugs: entry.data.slug };
}

/** An entry's URL from the segment it has in `lang`, the segment parseUrl reads back; page 1 of a paginated list is the entry URL itself. */
export function slugUrl(lang: Language, section: Section, slug: string, page = 1): string {
	const pagePart = page > 1 ? `${page}/` : '';
	return withBase(`${lang}/${sectionSegment(lang, section)}/${slug}/${pagePart}`);
}

/**
 * One entry of a section. Stories and districts are addressed by entry, never
 * by id, so every link to them carries the slug of the reader's language.
 */
export function entryUrl(lang: Language, section: LocalizedSection, entry: Addressable, page?: number): string;
export function entryUrl(lang: Language, section: Exclude<Section, LocalizedSection>, id: string, page?: number): string;
export function entryUrl(lang: Language, section: Section, entry: string | Addressable, page = 1): string {
	return slugUrl(lang, section, typeof entry === 'string' ? entry : urlSlug(entry, lang), page);
}

/** One filtered view of the business directory, such as `/en/businesses/district/sassuolo/`; `value` is already a URL segment, later pages are numbered. */
export function filterUrl(lang: Language, facet: Facet, value: string, page = 1): string {
	return withBase(`${lang}/${sectionSegment(lang, 'businesses')}/${LANGUAGE_TABLE[lang].facets[facet]}/${value}/${page > 1 ? `${page}/` : ''}`);
}

/**
 * What a site path shows. A bare number after a section is a page of its
 * index (`/it/storie/2/`), a number after an entry a page of that entry's list
 * (`/it/distretti/sassuolo/2/`); this is decided here once, so no reader of a
 * URL has to tell a page number from a slug again. An entry's `slug` is its
 * segment in that language, which for stories and districts may differ from its id.
 */
export type ParsedUrl =
	| { kind: 'home'; lang: Language }
	| { kind: 'index'; lang: Language; section: Section; page: number }
	| { kind: 'entry'; lang: Language; section: Section; slug: string; page: number }
	| { kind: 'filter'; lang: Language; section: 'businesses'; facet: Facet; value: string; page: number };

const PAGE_NUMBER = /^\d+$/;

/**
 * Reads a site path back into its parts, so the head, share cards, breadcrumbs
 * and the sitemap can read what a page is.
 */
export function parseUrl(pathname: string): ParsedUrl | undefined {
	const withoutBase = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
	const [lang, segment, slug, page, filterPage, ...rest] = withoutBase.split('/').filter(Boolean);
	if (!isLanguage(lang) || rest.length > 0) return undefined;
	if (!segment) return { kind: 'home', lang };
	const section = SECTIONS.find((key) => sectionSegment(lang, key) === segment);
	if (!section) return undefined;
	if (slug === undefined) return { kind: 'index', lang, section, page: 1 };
	if (PAGE_NUMBER.test(slug)) return page === undefined ? { kind: 'index', lang, section, page: Number(slug) } : undefined;
	const facet = section === 'businesses' && page !== undefined ? FACETS.find((key) => LANGUAGE_TABLE[lang].facets[key] === slug) : undefined;
	if (facet) return filterPage === undefined || PAGE_NUMBER.test(filterPage) ? { kind: 'filter', lang, section: 'businesses', facet, value: page!, page: filterPage === undefined ? 1 : Number(filterPage) } : undefined;
	if (filterPage !== undefined || (page !== undefined && !PAGE_NUMBER.test(page))) return undefined;
	return { kind: 'entry', lang, section, slug, page: page === undefined ? 1 : Number(page) };
}

/** Whether a path is the first page of an entry (a story, a business…), optionally of one section. */
export function isEntryPage(parsed: ParsedUrl | undefined, section?: Section): parsed is Extract<ParsedUrl, { kind: 'entry' }> {
	return parsed?.kind === 'entry' && parsed.page === 1 && (section === undefined || parsed.section === section);
}
