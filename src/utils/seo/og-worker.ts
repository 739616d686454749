/**
 * One share-card worker thread (started by og-workers.ts). Cards the build is
 * waiting for are rendered first and answered with the JPEG (or the error's
 * stack, for the build to report); cards sent ahead are rendered into the
 * cache when nothing is waiting, silently: should one fail, the build asks
 * for it later and reports the error then.
 */
import { parentPort } from 'node:worker_threads';
import type { CardJob } from './og-workers.ts';
import { cachedCard } from './og-render.ts';

type Message = CardJob & { id?: number };

/** Cards in progress at once: one sets its text while another's pixels are in libvips. */
const IN_PROGRESS = 2;
const waitedFor: Message[] = [];
const ahead: Message[] = [];
/** The same card asked for twice (ahead, then waited for) is rendered once. */
const rendering = new Map<string, Promise<Buffer>>();
let running = 0;

function render({ card, coverFile, cacheDir }: CardJob): Promise<Buffer> {
	const key = JSON.stringify([card, coverFile, cacheDir]);
	let image = rendering.get(key);
	if (!image) {
		image = cachedCard(card, coverFile, cacheDir).finally(() => rendering.delete(key));
		rendering.set(key, image);
	}
	return image;
}

function next(): void {
	while (running < IN_PROGRESS) {
		const job = waitedFor.shift() ?? ahead.shift();
		if (!job) return;
		running++;
		render(job)
			.then(
				(image) => job.id !== undefined && parentPort!.postMessage({ id: job.id, image }),
				(error: unknown) => job.id !== undefined && parentPort!.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
			)
			.finally(() => {
				running--;
				next();
			});
	}
}

parentPort!.on('message', (job: Message) => {
	(job.id === undefined ? ahead : waitedFor).push(job);
	next();
});
