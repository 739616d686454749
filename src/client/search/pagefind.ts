/**
 * Pagefind as the search page uses it: the few calls it makes, and loading it
 * once, on this page alone, from the site's own index.
 */
import type { FilterCounts } from '../../utils/search-filters.ts';

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

export interface PagefindSearch {
	results: { id: string; data(): Promise<PagefindResultData> }[];
	filters: FilterCounts;
}

export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<FilterCounts>;
	search(query: string | null, options: Record<string, unknown>): Promise<PagefindSearch | null>;
}

/** Loads Pagefind from `bundle` at the first call; every later call gets the same instance. */
export function pagefindLoader(bundle: string, baseUrl: string | undefined): () => Promise<Pagefind> {
	let ready: Promise<Pagefind> | undefined;
	return () => {
		ready ??= (async () => {
			const pagefind: Pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
			// No worker: a search over a few thousand pages takes milliseconds, and the worker script would be 12 KB more to download.
			await pagefind.options({ baseUrl, excerptLength: 22, noWorker: true });
			await pagefind.init();
			return pagefind;
		})();
		return ready;
	};
}
