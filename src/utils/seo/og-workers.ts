/**
 * Renders share cards in worker threads. The build's main thread holds every
 * page's data, a heap near 1 GB at 1,000 stories a language, and each card
 * allocates megabytes of pixels: V8 answered by collecting that whole heap
 * again and again (8.6 of the card phase's 46 s in a profile), on top of the
 * fade and the text blending that ran there too. A worker's heap is small and
 * cheap to collect, and Astro keeps its main thread. Cards with the same photo
 * go to the same worker, which keeps the faded photo for the page's other
 * language (see recentFadedCover in og-render.ts).
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OgCard } from './og-image.ts';

export interface CardJob {
	card: OgCard;
	/** Absolute path of the photo behind the text; none gives a plain ink card. */
	coverFile?: string;
	cacheDir: string;
}

interface CardWorker {
	worker: Worker;
	waiting: Map<number, { resolve(image: Buffer): void; reject(error: Error): void }>;
}

/**
 * The worker's entry, run by Node from the project's source (as the scripts
 * are): the card route runs bundled by Vite, where no path to it survives.
 */
const WORKER_FILE = join(process.cwd(), 'src/utils/seo/og-worker.ts');
/** One per core, each keeping a few cards in flight in libvips' own threads; more only added memory. */
const WORKER_COUNT = Math.min(availableParallelism(), 4);

let workers: CardWorker[] | undefined;
let nextId = 0;

function startWorker(): CardWorker {
	const worker = new Worker(WORKER_FILE);
	const waiting: CardWorker['waiting'] = new Map();
	worker.on('message', ({ id, image, error }: { id: number; image?: Uint8Array; error?: string }) => {
		const job = waiting.get(id);
		waiting.delete(id);
		// An idle worker must not keep the build's process alive.
		if (waiting.size === 0) worker.unref();
		if (error !== undefined || !image) job?.reject(new Error(`Share card not rendered: ${error}`));
		else job?.resolve(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
	});
	const fail = (error: Error) => {
		for (const job of waiting.values()) job.reject(error);
		waiting.clear();
		// Start afresh on the next card rather than send it to a worker that is gone (unless a newer set already replaced this one).
		if (workers?.some((current) => current.worker === worker)) workers = undefined;
	};
	worker.on('error', fail);
	worker.on('exit', (code) => fail(new Error(`Share card worker stopped (exit code ${code})`)));
	worker.unref();
	return { worker, waiting };
}

/** Same photo, same worker: a small string hash of the cover's path. */
function workerIndex(coverFile: string | undefined, count: number): number {
	let hash = 0;
	for (const character of coverFile ?? '') hash = (hash * 31 + character.charCodeAt(0)) | 0;
	return Math.abs(hash) % count;
}

function workerFor(job: CardJob): CardWorker {
	workers ??= Array.from({ length: WORKER_COUNT }, startWorker);
	return workers[workerIndex(job.coverFile, workers.length)]!;
}

/**
 * Hands every card of the site to the workers before the build renders its
 * pages: while Astro's main thread writes HTML, the other core is mostly idle
 * and renders cards into the cache, which the card route then finds there.
 * The card route skips this while og-early.ts's process is still drawing.
 */
export function renderCardsAhead(jobs: CardJob[]): void {
	for (const job of jobs) workerFor(job).worker.postMessage(job);
}

/** A card from the cache or freshly rendered, by a worker thread, before any card sent ahead. */
export function renderCardInWorker(job: CardJob): Promise<Buffer> {
	const { worker, waiting } = workerFor(job);
	const id = nextId++;
	return new Promise((resolve, reject) => {
		waiting.set(id, { resolve, reject });
		worker.ref();
		worker.postMessage({ ...job, id });
	});
}
