/**
 * The built /admin/ page: the bundled CMS boots from dist/ with no network
 * beyond the site itself, in Italian, and stays out of search engines, the
 * search index and every public page's downloads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attribute, DIST, fileFor, htmlPages, readPage } from '../support/dist.ts';
import { launchBrowser, type RunningBrowser } from '../support/browser.ts';
import { serveStatic, type RunningSite } from '../support/static-server.ts';

let site: RunningSite;
let browser: RunningBrowser;

beforeAll(async () => {
	if (!fileFor('/admin/')) throw new Error('dist/ has no /admin/: run `npm run build` first (npm test does it for you).');
	site = await serveStatic();
	browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

/** The scripts /admin/ loads: the CMS bundle and its chunks' entry. */
const adminScripts = () =>
	readPage('/admin/')
		.filter((element) => element.tagName === 'script' && attribute(element, 'src'))
		.map((element) => (attribute(element, 'src') ?? '').split('/').pop() ?? '');

describe('/admin/', () => {
	it('boots the bundled CMS in Italian without contacting another host', async () => {
		const page = await browser.context.newPage();
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			// localhost:8081 is Decap probing for `npm run cms`'s save server, only ever on the editor's own machine.
			if (url.host !== new URL(site.url).host && !(url.hostname === 'localhost' && url.port === '8081')) foreign.push(request.url());
		});
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${site.url}/admin/`);
		await page.getByRole('button', { name: 'Accedi' }).waitFor({ timeout: 30_000 });
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('is marked noindex and kept out of the search index', () => {
		const elements = readPage('/admin/');
		const robots = elements.find((element) => element.tagName === 'meta' && attribute(element, 'name') === 'robots');
		expect(robots && attribute(robots, 'content')).toMatch(/noindex/);
		expect(elements.some((element) => attribute(element, 'data-pagefind-body') !== undefined)).toBe(false);
	});

	it('is the only page that loads the CMS bundle', () => {
		const scripts = adminScripts();
		expect(scripts.length).toBeGreaterThan(0);
		const loading = htmlPages().filter((path) => path !== '/admin/' && scripts.some((script) => readFileSync(fileFor(path) as string, 'utf8').includes(script)));
		expect(loading).toEqual([]);
	});

	it('is not listed in the sitemap', (context) => {
		const sitemaps = readdirSync(DIST).filter((name) => /^sitemap.*\.xml$/.test(name));
		if (sitemaps.length === 0) context.skip('this build has no sitemap yet');
		for (const name of sitemaps) expect(readFileSync(join(DIST, name), 'utf8')).not.toContain('/admin/');
	});
});
