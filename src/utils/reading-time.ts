/** Adults read about 200–230 words a minute; 200 keeps the promise honest on a phone. */
const WORDS_PER_MINUTE = 200;

/**
 * Minutes a reader needs for a story body, counted on words only: MDX tags and
 * markdown punctuation would otherwise inflate short stories.
 */
export function readingMinutes(body: string): number {
	const words = body
		.replace(/<[^>]*>/g, ' ')
		.replace(/[#*_>`[\]()!-]/g, ' ')
		.split(/\s+/)
		.filter((word) => /\p{L}/u.test(word)).length;
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
