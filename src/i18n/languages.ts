/**
 * Every language Trame can publish in, one row each: its code (the folder of
 * its URLs and of its stories), its locales, its own name and the URL segment
 * of each section. Schemas, the content glob, routes, formatting, the CMS and
 * the language chooser all read this table, so adding a language is a row
 * here, a table of interface strings in `ui/`, and content. Which rows are
 * published is `SITE_LANGUAGES` (site.config.ts); the first is the default.
 */
import { SITE_LANGUAGES } from '../site.config.ts';

/** The sections of the site, each with a localized URL segment. */
export const SECTIONS = ['stories', 'districts', 'businesses', 'tags', 'authors', 'search', 'about', 'sample'] as const;
export type Section = (typeof SECTIONS)[number];

/** What the business directory filters by; each filtered view is its own page. */
export const FACETS = ['district', 'sector', 'visits', 'language'] as const;
export type Facet = (typeof FACETS)[number];
/** Who a business receives, as the directory's badges and visiting filter name it. */
export const VISIT_KINDS = ['buyers', 'public', 'appointment'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

export interface LanguageRow {
	/** `<html lang>` and hreflang. */
	htmlLang: string;
	/** Open Graph's `og:locale`. */
	ogLocale: string;
	/** The Intl locale of dates and sorting. */
	intlLocale: string;
	/** The language's name for itself, in the language chooser, the footer and the CMS. */
	name: string;
	/** In the schemas' messages: "needs a version in Italian (it)…". */
	englishName: string;
	/** URL segments; `sample` is the page built only while the sample content is in use. */
	segments: Record<Section, string>;
	/** URL segments of the business directory's filters, and of the visiting kinds it filters by. */
	facets: Record<Facet | VisitKind, string>;
}

export const LANGUAGE_TABLE = {
	it: {
		htmlLang: 'it',
		ogLocale: 'it_IT',
		intlLocale: 'it-IT',
		name: 'Italiano',
		englishName: 'Italian',
		segments: { stories: 'storie', districts: 'distretti', businesses: 'imprese', tags: 'temi', authors: 'autori', search: 'cerca', about: 'chi-siamo', sample: 'contenuti-di-esempio' },
		facets: { district: 'distretto', sector: 'settore', visits: 'visite', language: 'lingua', buyers: 'compratori', public: 'pubblico', appointment: 'su-appuntamento' },
	},
	en: {
		htmlLang: 'en',
		ogLocale: 'en_GB',
		intlLocale: 'en-GB',
		name: 'English',
		englishName: 'English',
		segments: { stories: 'stories', districts: 'districts', businesses: 'businesses', tags: 'tags', authors: 'authors', search: 'search', about: 'about', sample: 'sample-content' },
		facets: { district: 'district', sector: 'sector', visits: 'visits', language: 'language', buyers: 'trade-buyers', public: 'public', appointment: 'by-appointment' },
	},
	// Ready for the Sassuolo district's first export market; published once SITE_LANGUAGES lists it and the content is translated.
	de: {
		htmlLang: 'de',
		ogLocale: 'de_DE',
		intlLocale: 'de-DE',
		name: 'Deutsch',
		englishName: 'German',
		segments: { stories: 'geschichten', districts: 'distrikte', businesses: 'unternehmen', tags: 'themen', authors: 'autoren', search: 'suche', about: 'ueber-uns', sample: 'beispielinhalte' },
		facets: { district: 'distrikt', sector: 'branche', visits: 'besuche', language: 'sprache', buyers: 'einkaeufer', public: 'oeffentlich', appointment: 'nach-vereinbarung' },
	},
} as const satisfies Record<string, LanguageRow>;

/** A language of the table, published or not; data is typed by it, so every row's strings must exist. */
export type Language = keyof typeof LANGUAGE_TABLE;

/** Whether a string names a row of the table. */
function inTable(value: string): value is Language {
	return Object.hasOwn(LANGUAGE_TABLE, value);
}

/** The published languages in `SITE_LANGUAGES` order; an unknown code stops the build rather than publishing half a language. */
function published(codes: readonly string[]): readonly [Language, ...Language[]] {
	const unknown = codes.filter((code) => !inTable(code));
	if (unknown.length > 0 || codes.length === 0) {
		throw new Error(`SITE_LANGUAGES lists ${unknown.map((code) => `"${code}"`).join(', ') || 'no language'}: use codes of the table in src/i18n/languages.ts (${Object.keys(LANGUAGE_TABLE).join(', ')}), separated by commas.`);
	}
	return codes as [Language, ...Language[]];
}

/** The languages Trame publishes in; the first is the default, the `x-default` target and the document language of the chooser. */
export const LANGUAGES = published(SITE_LANGUAGES);
export const DEFAULT_LANGUAGE: Language = LANGUAGES[0];

/** Locale tags for `<html lang>`, Open Graph, dates and names. */
export const LOCALES: Record<Language, LanguageRow> = LANGUAGE_TABLE;

/** Narrows a route parameter or file-path segment to a language we publish. */
export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The languages a reader of `lang` can switch to, in table order. */
export function otherLanguages(lang: Language): Language[] {
	return LANGUAGES.filter((other) => other !== lang);
}
