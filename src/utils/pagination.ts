/**
 * Splits long lists into pages of a fixed size. Page 1 lives at the list's own
 * URL so that the first page, the one people share, has the clean address.
 */
export interface Page<T> {
	items: T[];
	number: number;
	total: number;
}

export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
	const total = Math.max(1, Math.ceil(items.length / perPage));
	return Array.from({ length: total }, (_, index) => ({ items: items.slice(index * perPage, (index + 1) * perPage), number: index + 1, total }));
}

/**
 * The meta description of one page of a list. Later pages repeat the first
 * page's text, so they lead with their own title ("Stories, page 2"), which
 * keeps every description on the site unique.
 */
export function pageDescription(page: Pick<Page<unknown>, 'number'>, title: string, text: string): string {
	return page.number === 1 ? text : `${title}. ${text}`;
}
