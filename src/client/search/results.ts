/**
 * A search result and the advice shown when there is none, as plain DOM: a
 * list of links with their picture, kind and excerpt. Text from the index is
 * set as text; only Pagefind's excerpt, cleaned to its `<mark>`s, is HTML.
 */
import { curlyApostrophes } from '../../utils/search-text.ts';
import { safeExcerpt, type SearchState } from '../../utils/search-state.ts';
import type { PagefindResultData } from './pagefind.ts';

/** One result as a list item. */
export function renderResult(data: PagefindResultData): HTMLLIElement {
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
}

export interface EmptyAdvice {
	strings: Record<string, string>;
	districtsUrl: string;
	/** Removes every filter and searches again. */
	clearFilters(): void;
}

/** What to try when nothing matched: the spelling, fewer filters (with a button to drop them), or browsing. */
export function renderEmpty(empty: HTMLElement, state: SearchState, { strings, districtsUrl, clearFilters }: EmptyAdvice): void {
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
		clear.addEventListener('click', clearFilters);
		add(document.createTextNode(`${strings['search.noResults.filters']} `));
		advice.lastElementChild?.append(clear);
	}
	const browse = document.createElement('a');
	browse.href = districtsUrl;
	browse.textContent = strings['search.noResults.browse'] ?? '';
	add(browse);
	empty.append(advice);
	empty.hidden = false;
}
