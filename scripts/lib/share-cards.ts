/**
 * The share-card stage of `npm run build`. Share cards are the bulk of a cold
 * build's CPU, so they start as soon as the content check has passed, from
 * the list of cards its data gives, in one process at the lowest CPU priority
 * that draws them into `.cache/og/` on whatever CPU Astro leaves idle; the new
 * site gets them linked in before it replaces `dist/`. The process is kept
 * small because it runs beside Astro at its largest.
 */
import { spawn } from 'node:child_process';
import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ContentReport } from '../../src/content-checks/check.ts';
import { shareCardJob, shareCards, type ShareCard } from '../../src/utils/seo/share-cards.ts';
import { publishedStories } from '../../src/utils/stories.ts';
import type { CardResults } from './share-card-process.ts';

const PROCESS_FILE = join(import.meta.dirname, 'share-card-process.ts');

/**
 * A small heap (collected more often, the megabyte pixel buffers go sooner)
 * and two malloc arenas instead of one per libvips thread keep the process
 * small beside Astro's heap; should a much larger site outgrow the heap, the
 * stage runs it once more without the cap, and the cards already drawn are
 * found in the cache.
 */
const SMALL = { execArgv: ['--max-old-space-size=64'], env: { MALLOC_ARENA_MAX: '2' } };

/** Cards placed at once into the new site: enough to keep the disk busy, few enough for the file handles. */
const COPY_BATCH = 64;

/**
 * Puts a cached card into the new site as a hard link, which writes no bytes:
 * a card file in the cache is never rewritten in place (it is written aside
 * and renamed), so the site's link keeps its picture. Where the cache is on
 * another file system (a mounted CI cache) the card is copied.
 */
async function place(file: string, target: string): Promise<void> {
	try {
		await link(file, target);
	} catch {
		await copyFile(file, target);
	}
}

/** The share cards of the content the check read: those of published stories, businesses and districts. */
export function cardsOf(report: ContentReport): ShareCard[] {
	return shareCards({ stories: publishedStories(report.storyFiles), businesses: report.businesses, districts: report.districts });
}

/** Runs the card process once over `jobs`; resolves with its answer, or undefined if it stopped without one. */
function drawInProcess(jobs: ReturnType<typeof shareCardJob>[], small: boolean): { results: Promise<CardResults | undefined>; stop(): void } {
	const child = spawn(process.execPath, [...(small ? SMALL.execArgv : []), PROCESS_FILE], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		env: { ...(small ? SMALL.env : {}), ...process.env },
	});
	const results = new Promise<CardResults | undefined>((resolve) => {
		let answer: CardResults | undefined;
		child.on('message', (message: CardResults) => (answer = message));
		child.on('error', () => resolve(undefined));
		child.on('exit', () => resolve(answer));
	});
	child.send(jobs);
	return { results, stop: () => child.kill() };
}

export interface ShareCardStage {
	/** Waits for every card and places them into the built site at `site` (`og/<path>.jpg`); throws naming the cards that could not be drawn. */
	publish(site: string): Promise<{ cards: number; drawn: number }>;
	/** Stops drawing: the build failed. */
	stop(): void;
}

/** Starts drawing the cards of the project at `root` in the background. */
export function startShareCards(root: string, cards: ShareCard[]): ShareCardStage {
	const jobs = cards.map((card) => shareCardJob(card, root));
	let run = drawInProcess(jobs, true);
	return {
		async publish(site) {
			let results = await run.results;
			if (!results) {
				console.warn('Share cards: the process drawing them stopped before it was done; drawing the rest without its memory cap.');
				run = drawInProcess(jobs, false);
				results = await run.results;
			}
			if (!results) throw new Error('Share cards: the process drawing them stopped twice; see the messages above.');
			if (results.failed.length > 0) throw new Error(`Share cards could not be drawn:\n${results.failed.map(([path, error]) => `  og/${path}.jpg: ${error}`).join('\n')}`);
			const targets = results.drawn.map(([path, file]) => [file, join(site, 'og', `${path}.jpg`)] as const);
			for (const folder of new Set(targets.map(([, target]) => dirname(target)))) await mkdir(folder, { recursive: true });
			for (let start = 0; start < targets.length; start += COPY_BATCH) {
				await Promise.all(targets.slice(start, start + COPY_BATCH).map(([file, target]) => place(file, target)));
			}
			return { cards: targets.length, drawn: results.misses };
		},
		stop: () => run.stop(),
	};
}
