/**
 * The process og-early.ts starts: lowers its own priority before anything
 * else, so every thread it starts later (libuv's, libvips') inherits it, then
 * draws the cards it is sent into their cache, two at a time (one sets its
 * text while the other's pixels are in libvips). Stopping it at any moment is
 * safe: a card file is written aside and renamed.
 */
import { setPriority } from 'node:os';
import type { CardJob } from './og-workers.ts';

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

async function drawAll(jobs: CardJob[]): Promise<void> {
	// Loaded only now, so sharp starts its threads at the lowered priority.
	const { cardFile } = await import('./og-render.ts');
	// Every card is a new picture: libvips' cache of recent operations would only hold memory.
	(await import('sharp')).default.cache(false);
	// From the end of the list: the card route asks for cards from its start, so the two meet rather than draw the same card twice.
	jobs.reverse();
	let next = 0;
	const draw = async () => {
		while (next < jobs.length) {
			const { card, coverFile, cacheDir } = jobs[next++]!;
			// A card that cannot be drawn is the build's to report, when the card route asks for it.
			await cardFile(card, coverFile, cacheDir).catch(() => {});
		}
	};
	await Promise.all(Array.from({ length: IN_PROGRESS }, draw));
	process.exit(0);
}
