/**
 * Serves the built site from `dist/` on 127.0.0.1 the way a plain static host
 * would (no rewrites but the 404 page, the headers of `dist/_headers`), so
 * browser tests see what a deploy sees.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, readHeadersFile } from './headers-file.ts';

export interface RunningSite {
	url: string;
	close(): Promise<void>;
}

/** Called once per response with the path and the bytes sent, for benchmarks that weigh what a page downloads. */
export type ServedListener = (path: string, bytes: number) => void;

/** sirv writes its headers directly, so the body is weighed as it is written. */
function countBytes(response: ServerResponse, done: (bytes: number) => void) {
	let bytes = 0;
	const size = (chunk: unknown) => (typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.byteLength : 0);
	const write = response.write.bind(response);
	const end = response.end.bind(response);
	response.write = ((chunk: unknown, ...rest: never[]) => {
		bytes += size(chunk);
		return write(chunk as never, ...rest);
	}) as typeof response.write;
	response.end = ((chunk?: unknown, ...rest: never[]) => {
		if (chunk && typeof chunk !== 'function') bytes += size(chunk);
		return end(chunk as never, ...rest);
	}) as typeof response.end;
	response.on('finish', () => done(bytes));
}

/** Starts a server for `root` on a free port; call `close()` in `afterAll`. */
export async function serveStatic(root = join(process.cwd(), 'dist'), onServed?: ServedListener): Promise<RunningSite> {
	const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
	const rules = readHeadersFile(root);
	const server: Server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
		if (onServed) countBytes(response, (bytes) => onServed(path, bytes));
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
