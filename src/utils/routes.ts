/**
 * Every public URL of the site is built here. The URL scheme is a contract
 * (links shared on WhatsApp, printed QR codes, search engines), so pages,
 * feeds, the sitemap and tests all ask this module instead of concatenating.
 */
import { isLanguage, type Language } from '../i18n/languages.ts';

export const SECTION_SEGMENTS = {
	stories: { it: 'storie', en: 'stories' },
	districts: { it: 'distretti', en: 'districts' },
	businesses: { it: 'imprese', en: 'businesses' },
	tags: { it: 'temi', en: 'tags' },
	authors: { it: 'autori', en: 'authors' },
	search: { it: 'cerca', en: 'search' },
	// Pages about Trame itself: who runs it, the editorial method, contact and corrections, legal notes.
	about: { it: 'chi-siamo', en: 'about' },
	// A single page, built only while the sample content is in use (site.config.ts).
	sample: { it: 'contenuti-di-esempio', en: 'sample-content' },
} as const satisfies Record<string, Record<Language, string>>;

export type Section = keyof typeof SECTION_SEGMENTS;

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
	return withBase(`${lang}/${SECTION_SEGMENTS[section][lang]}/${page > 1 ? `${page}/` : ''}`);
}

/** One entry of a section; page 1 of a paginated list is the entry URL itself. */
export function entryUrl(lang: Language, section: Section, id: string, page = 1): string {
	const pagePart = page > 1 ? `${page}/` : '';
	return withBase(`${lang}/${SECTION_SEGMENTS[section][lang]}/${id}/${pagePart}`);
}

export interface ParsedUrl {
	lang: Language;
	section?: Section;
	id?: string;
	page?: number;
}

/**
 * Reads a site path back into its parts, so the language switch and the
 * sitemap can find the same page in the other language.
 */
export function parseUrl(pathname: string): ParsedUrl | undefined {
	const withoutBase = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
	const [lang, segment, id, page] = withoutBase.split('/').filter(Boolean);
	if (!isLanguage(lang)) return undefined;
	if (!segment) return { lang };
	const section = (Object.keys(SECTION_SEGMENTS) as Section[]).find((key) => SECTION_SEGMENTS[key][lang] === segment);
	if (!section) return undefined;
	return { lang, section, id, page: page ? Number(page) : undefined };
}
