/**
 * Starts drawing share cards before Astro renders any page. For the 20-30 s
 * a cold build spends on content sync and Vite's bundles, one of the two
 * cores a small build machine has mostly waits; then Astro renders pages on
 * one core. The cards (a third of a cold build's CPU at 1,000 stories a
 * language) can use what is left. They are drawn in a separate process at the
 * lowest CPU priority, so they take little from the bundler and the page
 * rendering (worker threads could not be lowered: libvips' threads, where the
 * pixels are worked, belong to the whole process). When the card route runs, it
 * finds most cards in the cache and its workers (og-workers.ts) draw the rest.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { CardJob } from './og-workers.ts';

/** Run by Node from the project's source, like the card workers. */
const PROCESS_FILE = join(process.cwd(), 'src/utils/seo/og-early-process.ts');

/**
 * The process runs beside Astro, whose heap peaks near 1.6 GB at 1,000
 * stories a language, so it is kept small: measured drawing 300 cards, 270 MB
 * with Node's and glibc's defaults, 160-180 MB with a small heap (collected
 * more often, the megabyte pixel buffers go sooner) and two malloc arenas
 * instead of one per libvips thread, for about a tenth more time per card.
 */
const EARLY_MEMORY = { execArgv: ['--max-old-space-size=48'], env: { MALLOC_ARENA_MAX: '2' } };

/**
 * The content guard starts the process from Astro's config loader and the
 * card route looks at it from the page bundle, two copies of this module; the
 * process is kept where both see it.
 */
const SLOT = Symbol.for('trame.share-cards-early');
const slot = globalThis as { [SLOT]?: ChildProcess };

/** Draws `jobs` into their cache in the background; the process ends with the build or when all are drawn. */
export function drawCardsEarly(jobs: CardJob[]): void {
	if (drawingEarly() || jobs.length === 0) return;
	// Only a head start: the cards of a process that cannot start (no file handles left…) or dies are drawn by the card workers.
	try {
		const child = spawn(process.execPath, [...EARLY_MEMORY.execArgv, PROCESS_FILE], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...EARLY_MEMORY.env, ...process.env } });
		child.on('error', () => {});
		child.once('exit', (code, signal) => {
			if (code !== 0) console.warn(`Share cards: the background process drawing them stopped (${signal ?? `exit code ${code}`}); the build draws the rest itself.`);
		});
		child.send(jobs);
		child.unref();
		child.channel?.unref();
		slot[SLOT] = child;
	} catch {
		// The card workers draw every card then.
	}
}

/** Whether the background process is still running (it exits once every card is drawn). */
export function drawingEarly(): boolean {
	const child = slot[SLOT];
	return child !== undefined && child.exitCode === null && child.signalCode === null;
}

/**
 * Runs `drawAhead` (the card workers' head start) now, unless the background
 * process is drawing; then only if it dies before it is done, for example at
 * its small heap limit on a much larger site. Otherwise the remaining cards
 * would be drawn a few at a time as Astro asks for them.
 */
export function unlessDrawingEarly(drawAhead: () => void): void {
	const child = slot[SLOT];
	if (!child || !drawingEarly()) return drawAhead();
	let handedBack = false;
	const handBack = () => {
		if (handedBack) return;
		handedBack = true;
		drawAhead();
	};
	child.once('exit', (code) => {
		if (code !== 0) handBack();
	});
	// A process that failed to start reports an error and never exits.
	child.once('error', handBack);
}
