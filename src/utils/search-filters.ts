/**
 * What the search page shows around the results: the filter checkboxes
 * grouped and ordered, the number beside each, and the status line a screen
 * reader announces. Pure, so the rules are tested without a browser.
 */
import { FILTER_KEYS, type FilterKey } from './search-state.ts';

/** Pagefind's shape for filters: key → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface FilterGroup {
	key: FilterKey;
	values: string[];
}

/** Keys whose values are offered most used first: a reader scans topics for the big ones, and the long tail comes last. */
const BY_COUNT: readonly FilterKey[] = ['tag'];

/**
 * The filters worth offering, in the page's fixed key order; each key's values
 * in the alphabetical order of the reader's language (districts are easier to
 * find that way), topics by how many pages carry them, then alphabetically.
 * Keys with no value are left out rather than shown as an empty box.
 */
export function filterGroups(available: FilterCounts, locale: string): FilterGroup[] {
	return FILTER_KEYS.map((key) => {
		const counts = available[key] ?? {};
		const byCount = BY_COUNT.includes(key);
		return { key, values: Object.keys(counts).sort((a, b) => (byCount ? (counts[b] ?? 0) - (counts[a] ?? 0) : 0) || a.localeCompare(b, locale)) };
	}).filter((group) => group.values.length > 0);
}

/** The number beside a checkbox: how many results choosing it would leave, 0 when Pagefind no longer lists it. */
export function filterCountLabel(counts: FilterCounts, key: string, value: string): string {
	return `(${counts[key]?.[value] ?? 0})`;
}

/** The status line for `count` results, from the page's own strings, the number written as the reader's language writes it. */
export function resultStatus(count: number, strings: { none: string; one: string; many: string }, locale: string): string {
	if (count === 0) return strings.none;
	return count === 1 ? strings.one : strings.many.replace('{count}', count.toLocaleString(locale));
}
