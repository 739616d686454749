/**
 * Measures what a reader pays for the first search on a built site: the bytes
 * Pagefind downloads (script, WebAssembly, index chunks, fragments, filters;
 * counted by the server, so requests from Pagefind's worker count too, and
 * uncompressed, so a CDN only does better) and the time from the last
 * keystroke to the first result on screen. Results appear one by one: bytes
 * and results are counted once the first ten are all shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

export interface FirstQuery {
	lang: string;
	query: string;
	/** Bytes served for /pagefind/ requests, from page load until the first ten results are shown, as they leave the disk. */
	searchBytes: number;
	/** The same, as a host that gzips text (every CDN does) sends them: what the browser downloads. */
	searchBytesCompressed: number;
	/** Bytes of result thumbnails loaded by then (they are lazy). */
	thumbnailBytes: number;
	requests: number;
	/** Milliseconds from the last keydown to the first result in the list. */
	keystrokeToResultMs: number;
	results: number;
}

/** Opens the search page of `lang` in `dist`, types `query`, and measures the first query. */
async function measureFirstQuery(dist: string, searchPath: string, lang: string, query: string): Promise<FirstQuery> {
	const served: { path: string; bytes: number }[] = [];
	const site = await serveStatic(dist, (path, bytes) => served.push({ path, bytes }));
	const browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
	try {
		const page = await browser.context.newPage();
		await page.goto(site.url + searchPath, { waitUntil: 'networkidle' });
		await page.evaluate(() => {
			const list = document.querySelector('[data-search-results]')!;
			const status = document.querySelector('[data-search-status]')!;
			const timing = { lastKey: 0, firstResult: 0, complete: 0 };
			(window as unknown as { __timing: typeof timing }).__timing = timing;
			document.addEventListener('keydown', () => {
				timing.lastKey = performance.now();
				timing.firstResult = 0;
			}, true);
			new MutationObserver(() => {
				if (list.children.length > 0 && !timing.firstResult) timing.firstResult = performance.now();
			}).observe(list, { childList: true });
			// Results show one by one; the status line says how many once the first page of results is all there.
			new MutationObserver(() => {
				if (timing.firstResult) timing.complete = performance.now();
			}).observe(status, { childList: true, characterData: true, subtree: true });
		});
		await page.focus('#search-query');
		await page.keyboard.type(query, { delay: 40 });
		await page.waitForFunction(() => (window as unknown as { __timing: { complete: number } }).__timing.complete > 0, undefined, { timeout: 10_000 });
		const timing = await page.evaluate(() => (window as unknown as { __timing: { lastKey: number; firstResult: number } }).__timing);
		const results = await page.locator('[data-search-results] > li').count();
		let searchBytes = 0;
		let searchBytesCompressed = 0;
		let thumbnailBytes = 0;
		let requests = 0;
		for (const { path, bytes } of served) {
			if (path.includes('/pagefind/')) {
				searchBytes += bytes;
				searchBytesCompressed += /\.(js|json|css)$/.test(path) ? gzipSync(readFileSync(join(dist, path))).byteLength : bytes;
				requests++;
			} else if (/\.(webp|avif|jpe?g|png)$/.test(path)) thumbnailBytes += bytes;
		}
		return { lang, query, searchBytes, searchBytesCompressed, thumbnailBytes, requests, keystrokeToResultMs: Math.round(timing.firstResult - timing.lastKey), results };
	} finally {
		await browser.close();
		await site.close();
	}
}

/**
 * The first query measured `runs` times, each in a fresh browser, and the run
 * with the median time: on a shared 2-core machine one timing varies by a
 * fifth from run to run. The search bytes are the same every time.
 */
export async function medianFirstQuery(dist: string, searchPath: string, lang: string, query: string, runs = 5): Promise<FirstQuery> {
	const measured: FirstQuery[] = [];
	for (let run = 0; run < runs; run++) measured.push(await measureFirstQuery(dist, searchPath, lang, query));
	return measured.sort((a, b) => a.keystrokeToResultMs - b.keystrokeToResultMs)[Math.floor(runs / 2)]!;
}
