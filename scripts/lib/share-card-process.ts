/**
 * The share-card stage's process (started by share-cards.ts): lowers its own
 * priority before anything else, so every thread it starts later (libuv's,
 * libvips') inherits it and Astro's bundling and rendering beside it lose
 * little, then draws the cards it is sent into their cache, two at a time (one
 * sets its text while the other's pixels are in libvips), and answers with
 * each card's file or what went wrong. Stopping it at any moment is safe: a
 * card file is written aside and renamed.
 */
import { setPriority } from 'node:os';
import type { CardJob } from '../../src/utils/seo/share-cards.ts';

try {
	setPriority(19);
} catch {
	// Not allowed here: the cards are then drawn at normal priority, which is still correct.
}
// The build that started this has ended or failed: nothing left here is needed.
process.on('disconnect', () => process.exit(0));
process.once('message', (jobs: CardJob[]) => void drawAll(jobs));

/** Cards in progress at once: one sets its text while the other's pixels are in libvips. */
const IN_PROGRESS = 2;

export interface CardResults {
	/** `[card path, cache file]` of every card drawn or found in the cache. */
	drawn: [string, string][];
	/** `[card path, error]` of every card that could not be drawn. */
	failed: [string, string][];
	/** How many cards were drawn now rather than found in the cache. */
	misses: number;
}

async function drawAll(jobs: CardJob[]): Promise<void> {
	// Loaded only now, so sharp starts its threads at the lowered priority.
	const { cardFile } = await import('../../src/utils/seo/og-render.ts');
	// Every card is a new picture: libvips' cache of recent operations would only hold memory.
	(await import('sharp')).default.cache(false);
	const results: CardResults = { drawn: [], failed: [], misses: 0 };
	const cache = { hits: 0, misses: 0 };
	let next = 0;
	const draw = async () => {
		while (next < jobs.length) {
			const { path, card, coverFile, cacheDir } = jobs[next++]!;
			try {
				results.drawn.push([path, await cardFile(card, coverFile, cacheDir, cache)]);
			} catch (error) {
				results.failed.push([path, error instanceof Error ? error.message : String(error)]);
			}
		}
	};
	await Promise.all(Array.from({ length: IN_PROGRESS }, draw));
	results.misses = cache.misses;
	process.send!(results, () => process.exit(0));
}
