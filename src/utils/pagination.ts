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
