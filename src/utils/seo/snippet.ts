/**
 * Search engines show about 160 characters of a description and cut the rest
 * wherever it falls; a preview cut mid-word ("…clienti p") reads as broken. So
 * every meta and Open Graph description passes through here: whole words,
 * then an ellipsis, never more than the limit.
 */
export const SNIPPET_MAX = 160;

const ELLIPSIS = '…';

/** `text` on one line, at most `max` characters, shortened at a word boundary with an ellipsis when it is longer. */
export function snippet(text: string, max = SNIPPET_MAX): string {
	const line = text.replace(/\s+/g, ' ').trim();
	if (line.length <= max) return line;
	const room = line.slice(0, max - ELLIPSIS.length + 1);
	// The character after the room decides: a space there means the room ends on a whole word.
	const lastSpace = room.lastIndexOf(' ');
	const words = room.endsWith(' ') ? room : lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, -1);
	return `${words.replace(/[\s,;:.!?·–—-]+$/u, '')}${ELLIPSIS}`;
}
