/**
 * The state of the search page lives in its URL (`?q=…&district=…&type=…`),
 * so a result list can be shared, bookmarked, and reached from the header
 * form and from search engines' SearchAction.
 */

/** Filters offered on the search page, in display order; each is a Pagefind filter key. */
export const FILTER_KEYS = ['type', 'district', 'kind', 'visits', 'tag'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
	query: string;
	filters: Partial<Record<FilterKey, string[]>>;
	sort: 'relevance' | 'date';
}

/** Reads the state from a query string; unknown parameters are ignored. */
export function parseSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: SearchState['filters'] = {};
	for (const key of FILTER_KEYS) {
		const values = params.getAll(key).map((value) => value.trim()).filter(Boolean);
		if (values.length > 0) filters[key] = [...new Set(values)];
	}
	return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** Writes the state back as a query string (empty parts left out, stable order). */
export function serializeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
	if (state.sort === 'date') params.set('sort', 'date');
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** How one language's filter values read in another (district names, story kinds); a value missing here has no counterpart. */
export type FilterTranslation = Partial<Record<FilterKey, Record<string, string>>>;

/**
 * The same search in another language, for the language switch: the words
 * and order as they are, each filter value in that language's words, and a
 * value without a counterpart left out rather than matching nothing.
 */
export function translateState(state: SearchState, values: FilterTranslation): SearchState {
	const filters: SearchState['filters'] = {};
	for (const key of FILTER_KEYS) {
		const translated = (state.filters[key] ?? []).flatMap((value) => values[key]?.[value] ?? []);
		if (translated.length > 0) filters[key] = translated;
	}
	return { ...state, filters };
}

/** Pagefind's filter argument: any of the chosen values within a key, every key at once. */
export function toPagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
	return Object.fromEntries(Object.entries(filters).filter(([, values]) => values && values.length > 0).map(([key, values]) => [key, { any: values! }]));
}

/** True when the reader asked for something: words or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
	return state.query !== '' || Object.values(state.filters).some((values) => values && values.length > 0);
}

/**
 * Pagefind excerpts are escaped page text with `<mark>` around matches. Only
 * those marks survive: anything else that looks like markup is escaped again,
 * so no content can inject HTML into the results.
 */
export function safeExcerpt(excerpt: string): string {
	const escaped = excerpt
		.replace(/<mark>/g, '\u0001')
		.replace(/<\/mark>/g, '\u0002')
		.replace(/&(?!(?:amp|lt|gt|quot|#39|#x27);)/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
	return escaped.replace(/\u0001/g, '<mark>').replace(/\u0002/g, '</mark>');
}
