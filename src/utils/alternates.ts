/**
 * Which languages a page exists in, and where the language switch goes.
 * A story may exist in one language only; the switch then leads to the
 * closest page that exists instead of a 404, and hreflang never lists it.
 */
import { LANGUAGES, otherLanguages, type Language } from '../i18n/languages.ts';

/** The URL of this page in each language it exists in. */
export type Translations = Partial<Record<Language, string>>;

/** For pages that exist in every language (homes, indexes, districts, businesses, authors). */
export function inEveryLanguage(urlFor: (lang: Language) => string): Translations {
	return Object.fromEntries(LANGUAGES.map((lang) => [lang, urlFor(lang)]));
}

/** For pages that exist only in some languages (a story without a translation, a tag in one language). */
export function inLanguages(languages: readonly Language[], urlFor: (lang: Language) => string): Translations {
	return Object.fromEntries(languages.map((lang) => [lang, urlFor(lang)]));
}

export interface SwitchTarget {
	lang: Language;
	href: string;
	/** False when the reader lands on a nearby page (an index) rather than this page translated. */
	exact: boolean;
}

/** Where the language switch of a page in `current` leads, one target per other published language. */
export function switchTargets(current: Language, translations: Translations, fallback: (lang: Language) => string): SwitchTarget[] {
	return otherLanguages(current).map((lang) => {
		const translated = translations[lang];
		return translated ? { lang, href: translated, exact: true } : { lang, href: fallback(lang), exact: false };
	});
}
