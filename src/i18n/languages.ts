/**
 * The languages Trame publishes in. Italian comes first: it is the default,
 * the language the stories are usually written in and the `x-default` target.
 */
export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'it';

/** Locale tags for `<html lang>`, Open Graph and date formatting. */
export const LOCALES: Record<Language, { htmlLang: string; ogLocale: string; name: string }> = {
	it: { htmlLang: 'it', ogLocale: 'it_IT', name: 'Italiano' },
	en: { htmlLang: 'en', ogLocale: 'en_GB', name: 'English' },
};

/** Narrows a route parameter or file-path segment to a language we publish. */
export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language a reader is switched to; with two languages there is exactly one. */
export function otherLanguage(lang: Language): Language {
	return lang === 'it' ? 'en' : 'it';
}
