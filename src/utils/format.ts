/**
 * Locale-aware formatting through Intl, so dates and language names read
 * naturally in each language without hand-written tables.
 */
import { LOCALES, type Language } from '../i18n/languages.ts';

/** "14 marzo 2026" / "14 March 2026"; dates are calendar days, so UTC avoids off-by-one shifts. */
export function formatDate(date: Date, lang: Language): string {
	return new Intl.DateTimeFormat(LOCALES[lang].htmlLang === 'en' ? 'en-GB' : 'it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The `datetime` attribute of a `<time>` element. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** "tedesco" / "German" for "de": the languages a business speaks, named in the reader's language. */
export function languageName(code: string, lang: Language): string {
	const name = new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
	return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
