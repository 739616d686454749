/**
 * The Content-Security-Policy as the browser enforces it: one page of every
 * kind, in both languages, loads without a single blocked script, style,
 * font, image or request and without console errors, and the search page
 * still searches (Pagefind's WebAssembly runs under the policy).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningBrowser } from '../support/browser.ts';
import { pagesOfEachKind } from '../support/page-kinds.ts';
import { serveStatic, type RunningSite } from '../support/static-server.ts';

let site: RunningSite;
let browser: RunningBrowser;
beforeAll(async () => {
	site = await serveStatic();
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

/** Loads `path` and returns every policy violation and console error it caused. */
async function problemsLoading(path: string, settle?: (page: Page) => Promise<void>): Promise<string[]> {
	const page = await browser.context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		// A 404 page answers with status 404 by design; the browser logs that as a failed resource.
		if (message.type() === 'error' && !(path.includes('404') && /status of 404/.test(message.text()))) problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { __violations: string[] }).__violations ??= [];
			(window as unknown as { __violations: string[] }).__violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
		});
	});
	try {
		await page.goto(site.url + path, { waitUntil: 'networkidle' });
		await settle?.(page);
		problems.push(...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])).map((violation) => `CSP: ${violation}`));
	} finally {
		await page.close();
	}
	return problems;
}

describe('pages under their Content-Security-Policy', () => {
	for (const { kind, lang, path } of pagesOfEachKind().pages) {
		it(`${kind}${lang ? ` (${lang})` : ''}: ${path} loads with nothing blocked and no console error`, async () => {
			expect(await problemsLoading(path)).toEqual([]);
		});
	}

	it('the CMS at /admin/ starts under its own, looser policy', async () => {
		const problems = await problemsLoading('/admin/', async (page) => {
			// Decap replaces the empty body with its app: a login screen or, on localhost, the local backend's.
			await page.waitForFunction(() => document.body.querySelectorAll('button, a').length > 0, undefined, { timeout: 30_000 });
		});
		// Without a decap-server running, the local backend's probe fails; that is a network error, not a policy one.
		expect(problems.filter((problem) => !/localhost:8081|ERR_CONNECTION_REFUSED|Failed to load resource/.test(problem))).toEqual([]);
	});

	for (const { lang, path } of pagesOfEachKind().pages.filter((page) => page.kind === 'search')) {
		it(`search (${lang}) runs a query with nothing blocked`, async () => {
			const problems = await problemsLoading(`${path}?q=${lang === 'it' ? 'ceramica' : 'ceramics'}`, async (page) => {
				// Results only appear if Pagefind's WebAssembly was allowed to compile and run.
				await page.waitForSelector('[data-search-results] li', { timeout: 20_000 });
			});
			expect(problems).toEqual([]);
		});
	}
});
