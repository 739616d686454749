/**
 * Looks interface strings up in the table of the page's language. Keys are
 * typed from the Italian table, so a missing English string fails `astro check`.
 */
import type { Language } from './languages.ts';
import it from './ui/it.ts';
import en from './ui/en.ts';
import de from './ui/de.ts';

export type UiKey = keyof typeof it;

/** One table per row of the language table, published or not, so a language is ready before it is listed. */
const TABLES: Record<Language, Record<UiKey, string>> = { it, en, de };

/** Returns `t(key, values)` for one language; `{name}` placeholders are filled from `values`. */
export function useTranslations(lang: Language) {
	return (key: UiKey, values: Record<string, string | number> = {}): string =>
		TABLES[lang][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}
