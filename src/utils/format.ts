/**
 * Locale-aware formatting through Intl, so dates and language names read
 * naturally in each language without hand-written tables.
 */
import { LOCALES, type Language } from '../i18n/languages.ts';

/** Builds an Intl formatter once per language: creating one costs far more than using it, and a large site formats tens of thousands of dates. */
function perLanguage<T>(create: (lang: Language) => T): (lang: Language) => T {
	const made = new Map<Language, T>();
	return (lang) => {
		let value = made.get(lang);
		if (value === undefined) made.set(lang, (value = create(lang)));
		return value;
	};
}

const dateFormat = perLanguage(
	(lang) => new Intl.DateTimeFormat(LOCALES[lang].intlLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const languageNames = perLanguage((lang) => new Intl.DisplayNames([lang], { type: 'language' }));

/** "14 marzo 2026" / "14 March 2026"; dates are calendar days, so UTC avoids off-by-one shifts. */
export function formatDate(date: Date, lang: Language): string {
	return dateFormat(lang).format(date);
}

/** The `datetime` attribute of a `<time>` element. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** "italiano, inglese" / "Italian, English" for ["it", "en"]: the languages a business speaks, named and cased as the reader's language writes them. */
export function languageList(codes: readonly string[], lang: Language): string {
	return codes.map((code) => languageInSentence(code, lang)).join(', ');
}

/** "inglese" / "English" for "en": a language named inside a sentence, cased as the reader's language writes it. */
export function languageInSentence(code: string, lang: Language): string {
	return languageNames(lang).of(code) ?? code;
}

/** A `tel:` link from a phone number as editors write it ("+39 0536 000000"): digits and the leading plus only. */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
