/**
 * One share-card worker thread (started by og-workers.ts). Cards the build is
 * waiting for are rendered first and answered with the JPEG (or the error's
 * stack, for the build to report); cards sent ahead are rendered into the
 * cache when nothing is waiting, silently: should one fail, the build asks
 * for it later and reports the error then.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { CardJob } from './og-workers.ts';
import { cardFile } from './og-render.ts';

type Message = CardJob & { id?: number };

/** Cards in progress at once: one sets its text while another's pixels are in libvips. */
const IN_PROGRESS = 2;
const waitedFor: Message[] = [];
const ahead: Message[] = [];
/** The same card asked for twice (ahead, then waited for) is rendered once. */
const rendering = new Map<string, Promise<string>>();
let running = 0;

/** The card's file in the cache, rendered first if needed. */
function render({ card, coverFile, cacheDir }: CardJob): Promise<string> {
	const key = JSON.stringify([card, coverFile, cacheDir]);
	let file = rendering.get(key);
	if (!file) {
		file = cardFile(card, coverFile, cacheDir).finally(() => rendering.delete(key));
		rendering.set(key, file);
	}
	return file;
}

/** Renders a card and, when the build is waiting for it, answers with its bytes or what went wrong. Never rejects. */
async function answer(job: Message): Promise<void> {
	try {
		const file = await render(job);
		if (job.id !== undefined) parentPort!.postMessage({ id: job.id, image: readFileSync(file) });
	} catch (error) {
		if (job.id !== undefined) parentPort!.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
}

function next(): void {
	while (running < IN_PROGRESS) {
		const job = waitedFor.shift() ?? ahead.shift();
		if (!job) return;
		running++;
		void answer(job).then(() => {
			running--;
			next();
		});
	}
}

parentPort!.on('message', (job: Message) => {
	(job.id === undefined ? ahead : waitedFor).push(job);
	next();
});
