/**
 * How a story's corrections are shown: newest first, so the notice at the
 * top of the text names the latest one and the note lists the rest below it.
 */
export function newestFirst<T extends { date: Date }>(corrections: readonly T[] | undefined): T[] {
	return [...(corrections ?? [])].sort((a, b) => b.date.getTime() - a.date.getTime());
}
