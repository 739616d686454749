/**
 * Serves the built site from `dist/` on 127.0.0.1 the way a plain static host
 * would (no rewrites but the 404 page, the headers of `dist/_headers`), so
 * browser tests see what a deploy sees.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, readHeadersFile } from './headers-file.ts';

export interface RunningSite {
	url: string;
	close(): Promise<void>;
}

/** Starts a server for `root` on a free port; call `close()` in `afterAll`. */
export async function serveStatic(root = join(process.cwd(), 'dist')): Promise<RunningSite> {
	const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
	const rules = readHeadersFile(root);
	const server: Server = createServer((request, response) => {
		for (const [name, value] of headersFor(rules, new URL(request.url ?? '/', 'http://localhost').pathname)) response.setHeader(name, value);
		files(request, response, () => {
			response.statusCode = 404;
			response.setHeader('content-type', 'text/html; charset=utf-8');
			response.end(readFileSync(join(root, '404.html')));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('static server did not get a port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
