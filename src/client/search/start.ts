/**
 * The search page's only script. It loads Pagefind on this page alone, keeps
 * the query and filters in the URL, and renders results with plain DOM so
 * screen readers get a status line, a list of links and real checkboxes.
 * This file holds the page's state and its events; drawing is in filters.ts
 * and results.ts, loading Pagefind in pagefind.ts.
 */
import { plainApostrophes } from '../../utils/search-text.ts';
import { resultStatus } from '../../utils/search-filters.ts';
import { hasCriteria, parseSearchState, serializeSearchState, toPagefindFilters, translateState, type FilterKey, type FilterTranslation, type SearchState } from '../../utils/search-state.ts';
import { renderFilters, updateCounts, withToggledFilter } from './filters.ts';
import { pagefindLoader, type PagefindSearch } from './pagefind.ts';
import { renderEmpty, renderResult } from './results.ts';

/** Results are fetched in pages: each one costs a fragment download. */
const RESULTS_PER_PAGE = 10;
/** The search waits for this pause in typing. */
const TYPING_DELAY_MS = 120;
/**
 * Searching as you type starts at this many characters (Enter searches any
 * query), and nothing is fetched before the pause. This is the page's own
 * rule, not Pagefind's debouncedSearch, because that one preloads the index
 * for every prefix typed, which for one- and two-letter prefixes spans
 * several index chunks where the whole word needs one.
 */
const TYPE_AHEAD_MIN_LENGTH = 3;

/** The parts of the search page, found by their data attributes. */
function searchElements(root: HTMLElement) {
	const find = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
	return {
		form: find<HTMLFormElement>('[data-search-form]'),
		input: find<HTMLInputElement>('[data-search-input]'),
		sort: find<HTMLSelectElement>('[data-search-sort]'),
		filtersBox: find<HTMLElement>('[data-search-filters]'),
		filtersDetails: find<HTMLDetailsElement>('[data-search-filters-box]'),
		status: find<HTMLElement>('[data-search-status]'),
		list: find<HTMLOListElement>('[data-search-results]'),
		empty: find<HTMLElement>('[data-search-empty]'),
		more: find<HTMLButtonElement>('[data-search-more]'),
	};
}

/** Wires the search page found at `root`; everything it needs is in data attributes. */
export function startSearch(root: HTMLElement): void {
	const strings: Record<string, string> = JSON.parse(root.dataset.strings ?? '{}');
	const filterLabels: Record<FilterKey, string> = JSON.parse(root.dataset.filterLabels ?? '{}');
	const { form, input, sort, filtersBox, filtersDetails, status, list, empty, more } = searchElements(root);
	const load = pagefindLoader(root.dataset.bundle ?? '', root.dataset.base);
	let pending: PagefindSearch['results'] = [];
	const switchFilters: Partial<Record<string, FilterTranslation>> = JSON.parse(root.dataset.switchFilters ?? '{}');
	let state: SearchState = parseSearchState(location.search);
	input.value = state.query;
	sort.value = state.sort;

	const say = (text: string) => {
		status.textContent = text;
	};

	const clearFilters = () => {
		state = { ...state, filters: {} };
		for (const checkbox of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) checkbox.checked = false;
		void run();
		input.focus();
	};

	let latestRun = 0;
	const run = async () => {
		const runId = ++latestRun;
		history.replaceState(null, '', `${location.pathname}${serializeSearchState(state)}`);
		// The language switch leads to this same search in the other language (without this script, to its empty search page).
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) link.search = serializeSearchState(translateState(state, switchFilters[link.hreflang] ?? {}));
		if (!hasCriteria(state)) {
			list.replaceChildren();
			more.hidden = true;
			empty.hidden = true;
			list.setAttribute('aria-busy', 'false');
			say(strings['search.status.idle'] ?? '');
			return;
		}
		// Until this query's results are all shown (or a newer query takes over), the list says it is filling.
		list.setAttribute('aria-busy', 'true');
		try {
			const pagefind = await load();
			const options = { filters: toPagefindFilters(state.filters), sort: state.sort === 'date' ? { date: 'desc' } : undefined };
			// Typed the way the index was written (see search-text.ts), so phones' curly apostrophes match too.
			const search = await pagefind.search(state.query ? plainApostrophes(state.query) : null, options);
			if (!search || runId !== latestRun) return;
			updateCounts(filtersBox, search.filters);
			// Each result shows as soon as it and those above it have arrived: the best match need not wait for the tenth.
			// Until the tenth, the previous query's "more" button and advice are gone.
			const arriving = search.results.slice(0, RESULTS_PER_PAGE).map((result) => result.data());
			pending = [];
			more.hidden = true;
			empty.hidden = true;
			if (arriving.length === 0) list.replaceChildren();
			for (const [index, data] of arriving.entries()) {
				const result = await data;
				if (runId !== latestRun) return;
				if (index === 0) list.replaceChildren();
				list.append(renderResult(result));
			}
			list.setAttribute('aria-busy', 'false');
			pending = search.results.slice(RESULTS_PER_PAGE);
			more.hidden = pending.length === 0;
			const count = search.results.length;
			say(resultStatus(count, { none: strings['search.status.none'] ?? '', one: strings['search.status.one'] ?? '', many: strings['search.status.many'] ?? '' }, document.documentElement.lang));
			if (count === 0) renderEmpty(empty, state, { strings, districtsUrl: root.dataset.districtsUrl ?? '/', clearFilters });
			else empty.hidden = true;
		} catch {
			say(strings['search.error'] ?? '');
			if (runId === latestRun) list.setAttribute('aria-busy', 'false');
		}
	};

	let typing: ReturnType<typeof setTimeout> | undefined;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typing);
		state = { ...state, query: input.value.trim() };
		void run();
	});
	input.addEventListener('input', () => {
		state = { ...state, query: input.value.trim() };
		clearTimeout(typing);
		if (state.query.length > 0 && state.query.length < TYPE_AHEAD_MIN_LENGTH) return;
		typing = setTimeout(() => void run(), TYPING_DELAY_MS);
	});
	sort.addEventListener('change', () => {
		state = { ...state, sort: sort.value === 'date' ? 'date' : 'relevance' };
		void run();
	});
	filtersBox.addEventListener('change', (event) => {
		state = withToggledFilter(state, event.target as HTMLInputElement);
		void run();
	});

	more.addEventListener('click', async () => {
		const runId = latestRun;
		const next = pending.slice(0, RESULTS_PER_PAGE);
		pending = pending.slice(RESULTS_PER_PAGE);
		const items = (await Promise.all(next.map((result) => result.data()))).map(renderResult);
		// A new query started meanwhile: these results belong to the old one.
		if (runId !== latestRun) return;
		list.append(...items);
		more.hidden = pending.length === 0;
		items[0]?.querySelector('a')?.focus();
	});

	say(strings['search.status.loading'] ?? '');
	load()
		.then(async (pagefind) => {
			renderFilters(filtersBox, filtersDetails, await pagefind.filters(), state, filterLabels);
			await run();
		})
		.catch(() => say(strings['search.error'] ?? ''));
}
