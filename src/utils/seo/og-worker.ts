/**
 * One share-card worker thread (started by og-workers.ts): renders each card
 * it is sent through the cache and answers with the JPEG, or with the error's
 * stack so the build can report it.
 */
import { parentPort } from 'node:worker_threads';
import type { CardJob } from './og-workers.ts';
import { cachedCard } from './og-render.ts';

parentPort!.on('message', ({ id, card, coverFile, cacheDir }: CardJob & { id: number }) => {
	cachedCard(card, coverFile, cacheDir).then(
		(image) => parentPort!.postMessage({ id, image }),
		(error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
	);
});
