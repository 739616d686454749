/**
 * The search page's only script. It loads Pagefind on this page alone, keeps
 * the query and filters in the URL, and renders results with plain DOM so
 * screen readers get a status line, a list of links and real checkboxes.
 */
import { curlyApostrophes, plainApostrophes } from '../utils/search-text.ts';
import { filterCountLabel, filterGroups, resultStatus, type FilterCounts } from '../utils/search-filters.ts';
import { hasCriteria, parseSearchState, safeExcerpt, serializeSearchState, toPagefindFilters, type FilterKey, type SearchState } from '../utils/search-state.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

interface PagefindSearch {
	results: { id: string; data(): Promise<PagefindResultData> }[];
	filters: FilterCounts;
}

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<FilterCounts>;
	search(query: string | null, options: Record<string, unknown>): Promise<PagefindSearch | null>;
}

/** Results are fetched in pages: each one costs a fragment download. */
const RESULTS_PER_PAGE = 10;
/** The search waits for this pause in typing. */
const TYPING_DELAY_MS = 120;
/**
 * Searching as you type starts at this many characters (Enter searches any
 * query), and nothing is fetched before the pause. This is the page's own
 * rule, not Pagefind's debouncedSearch, because that one preloads the index
 * for every prefix typed: "f" or "forn" cover words in two or three index
 * chunks of ~25 KB where the whole word needs one, a third of the bytes of a
 * first search on a large site.
 */
const TYPE_AHEAD_MIN_LENGTH = 3;

/** Wires the search page found at `root`; everything it needs is in data attributes. */
export function startSearch(root: HTMLElement): void {
	const strings: Record<string, string> = JSON.parse(root.dataset.strings ?? '{}');
	const filterLabels: Record<FilterKey, string> = JSON.parse(root.dataset.filterLabels ?? '{}');
	const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
	const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
	const sort = root.querySelector<HTMLSelectElement>('[data-search-sort]')!;
	const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
	const filtersDetails = root.querySelector<HTMLDetailsElement>('[data-search-filters-box]')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
	let pending: PagefindSearch['results'] = [];

	let state: SearchState = parseSearchState(location.search);
	input.value = state.query;
	sort.value = state.sort;
	let pagefindReady: Promise<Pagefind> | undefined;
	const load = () => {
		pagefindReady ??= (async () => {
			const pagefind: Pagefind = await import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`);
			// No worker: a search over a few thousand pages takes milliseconds, and the worker script would be 12 KB more to download.
			await pagefind.options({ baseUrl: root.dataset.base, excerptLength: 22, noWorker: true });
			await pagefind.init();
			return pagefind;
		})();
		return pagefindReady;
	};

	const say = (text: string) => {
		status.textContent = text;
	};

	const renderFilters = (available: FilterCounts) => {
		filtersBox.replaceChildren();
		for (const { key, values } of filterGroups(available, document.documentElement.lang)) {
			const fieldset = document.createElement('fieldset');
			const legend = document.createElement('legend');
			legend.textContent = filterLabels[key];
			fieldset.append(legend);
			for (const value of values) {
				const label = document.createElement('label');
				const box = document.createElement('input');
				box.type = 'checkbox';
				box.name = key;
				box.value = value;
				box.checked = state.filters[key]?.includes(value) ?? false;
				const count = document.createElement('span');
				count.className = 'count';
				count.dataset.filterCount = `${key}\u0000${value}`;
				label.append(box, document.createTextNode(` ${value} `), count);
				fieldset.append(label);
			}
			filtersBox.append(fieldset);
		}
		filtersDetails.hidden = filtersBox.childElementCount === 0;
		// Wide screens show the filters beside the results; phones keep them folded above.
		filtersDetails.open = matchMedia('(min-width: 60rem)').matches || Object.keys(state.filters).length > 0;
	};

	const updateCounts = (counts: FilterCounts) => {
		for (const span of filtersBox.querySelectorAll<HTMLElement>('[data-filter-count]')) {
			const [key = '', value = ''] = (span.dataset.filterCount ?? '').split('\u0000');
			span.textContent = filterCountLabel(counts, key, value);
		}
	};

	const renderResult = (data: PagefindResultData) => {
		const item = document.createElement('li');
		item.className = 'result';
		const image = document.createElement('img');
		image.src = data.meta.image ?? '';
		image.alt = '';
		image.width = 320;
		image.height = 200;
		image.loading = 'lazy';
		const body = document.createElement('div');
		const kicker = document.createElement('p');
		kicker.className = 'kicker';
		kicker.textContent = [data.filters.type?.[0], data.filters.district?.[0]].filter(Boolean).join(' · ');
		const heading = document.createElement('h2');
		const link = document.createElement('a');
		link.href = data.url;
		link.textContent = data.meta.title ?? data.url;
		heading.append(link);
		const excerpt = document.createElement('p');
		excerpt.innerHTML = curlyApostrophes(safeExcerpt(data.excerpt));
		body.append(kicker, heading, excerpt);
		item.append(image, body);
		return item;
	};

	const renderEmpty = () => {
		empty.replaceChildren();
		const advice = document.createElement('ul');
		const add = (node: Node) => {
			const entry = document.createElement('li');
			entry.append(node);
			advice.append(entry);
		};
		if (state.query) add(document.createTextNode(strings['search.noResults.spelling'] ?? ''));
		if (Object.keys(state.filters).length > 0) {
			const clear = document.createElement('button');
			clear.type = 'button';
			clear.textContent = strings['search.clearFilters'] ?? '';
			clear.addEventListener('click', () => {
				state = { ...state, filters: {} };
				for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
				void run();
				input.focus();
			});
			add(document.createTextNode(`${strings['search.noResults.filters']} `));
			advice.lastElementChild?.append(clear);
		}
		const browse = document.createElement('a');
		browse.href = root.dataset.districtsUrl ?? '/';
		browse.textContent = strings['search.noResults.browse'] ?? '';
		add(browse);
		empty.append(advice);
		empty.hidden = false;
	};

	let latestRun = 0;
	const run = async () => {
		const runId = ++latestRun;
		history.replaceState(null, '', `${location.pathname}${serializeSearchState(state)}`);
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
			updateCounts(search.filters);
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
			if (count === 0) renderEmpty();
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
		const box = event.target as HTMLInputElement;
		const key = box.name as FilterKey;
		const chosen = new Set(state.filters[key] ?? []);
		if (box.checked) chosen.add(box.value);
		else chosen.delete(box.value);
		const filters = { ...state.filters, [key]: [...chosen] };
		if (chosen.size === 0) delete filters[key];
		state = { ...state, filters };
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
			renderFilters(await pagefind.filters());
			await run();
		})
		.catch(() => say(strings['search.error'] ?? ''));
}
