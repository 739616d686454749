/**
 * Search as a reader uses it, in Chromium against the built site: the right
 * story first in each language, filters that narrow, shareable URLs, a
 * helpful empty state, and the whole thing with the keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningBrowser } from '../support/browser.ts';
import { DIST, fileFor, htmlPages, requireDist } from '../support/dist.ts';
import { serveStatic, type RunningSite } from '../support/static-server.ts';

let site: RunningSite;
let browser: RunningBrowser;

beforeAll(async () => {
	requireDist();
	site = await serveStatic();
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

async function open(path: string): Promise<Page> {
	const page = await browser.context.newPage();
	await page.goto(site.url + path);
	return page;
}

/** The links of the results once they are all shown: they arrive one by one, and the list is busy until the last. */
async function resultUrls(page: Page): Promise<string[]> {
	await page.waitForFunction(() => {
		const status = document.querySelector('[data-search-status]')?.textContent ?? '';
		const filling = document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'true';
		return /\d|Nessun|No results/.test(status) && !filling;
	});
	return page.$$eval('[data-search-results] a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
	it('finds the expected story first in Italian', async () => {
		const page = await open('/it/cerca/?q=teste+di+moro');
		expect((await resultUrls(page))[0]).toBe('/it/storie/le-teste-di-moro-di-caltagirone/');
		await page.close();
	});

	it('finds the expected story first in English, and only English pages', async () => {
		const page = await open('/en/search/?q=Tokyo+shoes');
		const urls = await resultUrls(page);
		expect(urls[0]).toBe('/en/stories/from-sant-elpidio-to-tokyo/');
		expect(urls.every((url) => url.startsWith('/en/'))).toBe(true);
		await page.close();
	});

	it('stems each language as that language: a plural finds a page that only has the singular', async () => {
		// The Caltagirone story says "forno" and "kiln", never "forni" or "kilns".
		const italian = await open('/it/cerca/?q=forni');
		expect(await resultUrls(italian)).toContain('/it/storie/le-teste-di-moro-di-caltagirone/');
		const english = await open('/en/search/?q=kilns');
		expect(await resultUrls(english)).toContain('/en/stories/the-moors-heads-of-caltagirone/');
		await italian.close();
		await english.close();
	});

	it('matches words typed without their accents', async () => {
		const page = await open('/it/cerca/?q=citta');
		const plain = await resultUrls(page);
		await page.goto(`${site.url}/it/cerca/?q=${encodeURIComponent('città')}`);
		expect(await resultUrls(page)).toEqual(plain);
		expect(plain.length).toBeGreaterThan(0);
		await page.close();
	});

	it('matches a word written with an elided article, with or without the article', async () => {
		// "impasto" appears in the sample only as "l'impasto", in one story.
		const page = await open('/it/cerca/?q=impasto');
		expect((await resultUrls(page))[0]).toBe('/it/storie/la-trafila-di-bronzo/');
		await page.goto(`${site.url}/it/cerca/?q=${encodeURIComponent("l'impasto")}`);
		expect((await resultUrls(page))[0]).toBe('/it/storie/la-trafila-di-bronzo/');
		await page.goto(`${site.url}/it/cerca/?q=${encodeURIComponent('l’impasto')}`);
		expect((await resultUrls(page))[0]).toBe('/it/storie/la-trafila-di-bronzo/');
		await page.close();
	});

	it('narrows the results with a district filter and puts it in the URL', async () => {
		const page = await open('/it/cerca/?q=ceramica');
		const all = await resultUrls(page);
		await page.click('[data-search-filters-box] summary');
		const box = page.getByRole('checkbox', { name: /Distretto ceramico di Sassuolo/ });
		await box.check();
		await page.waitForFunction(() => location.search.includes('district='));
		await page.waitForFunction((before) => document.querySelectorAll('[data-search-results] a').length !== before, all.length);
		const narrowed = await resultUrls(page);
		expect(narrowed.length).toBeGreaterThan(0);
		expect(narrowed.length).toBeLessThan(all.length);
		const kickers = await page.$$eval('[data-search-results] .kicker', (nodes) => nodes.map((node) => node.textContent));
		expect(kickers.every((kicker) => kicker?.includes('Distretto ceramico di Sassuolo'))).toBe(true);
		// The language switch carries the same search across, the district named in English.
		const english = new URL(await page.getAttribute('a[data-language-switch]', 'href') ?? '', site.url);
		expect(english.pathname).toBe('/en/search/');
		expect(Object.fromEntries(english.searchParams)).toEqual({ q: 'ceramica', district: 'Sassuolo Ceramic Tile District' });
		await page.close();
	});

	it('searches what the URL says on load, filters included', async () => {
		const page = await open('/en/search/?q=pasta&type=Business');
		const urls = await resultUrls(page);
		expect(await page.inputValue('#search-query')).toBe('pasta');
		expect(await page.isChecked('input[name=type][value=Business]')).toBe(true);
		expect(urls.length).toBeGreaterThan(0);
		expect(urls.every((url) => url.startsWith('/en/businesses/'))).toBe(true);
		await page.close();
	});

	it('sorts by date as newest stories, the only pages that have a date', async () => {
		const page = await open('/en/search/?q=district&sort=date');
		const urls = await resultUrls(page);
		expect(await page.inputValue('[data-search-sort]')).toBe('date');
		expect(urls.length).toBeGreaterThan(1);
		expect(urls.every((url) => url.startsWith('/en/stories/'))).toBe(true);
		const dates = urls.map((url) => /data-pagefind-sort="date:([\d-]+)"/.exec(readFileSync(fileFor(url)!, 'utf8'))?.[1] ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
		await page.close();
	});

	it('says clearly when nothing matches and suggests what to do', async () => {
		const page = await open('/en/search/?q=zzqxjv');
		expect(await resultUrls(page)).toEqual([]);
		expect(await page.textContent('[data-search-status]')).toBe('No results');
		const empty = page.locator('[data-search-empty]');
		expect(await empty.isVisible()).toBe(true);
		expect(await empty.textContent()).toContain('Check the spelling');
		expect(await empty.locator('a').getAttribute('href')).toBe('/en/districts/');
		await page.close();
	});

	it('never shows drafts, and shows an Italian-only story only in Italian', async () => {
		const italian = await open('/it/cerca/?q=Lorusso+Matera');
		expect(await resultUrls(italian)).toContain('/it/storie/la-tappezzeria-dei-sassi/');
		await italian.goto(`${site.url}/it/cerca/?q=Montemurlo`);
		expect((await resultUrls(italian)).some((url) => url.includes('il-filo-di-montemurlo'))).toBe(false);
		const english = await open('/en/search/?q=Lorusso+Matera');
		expect((await resultUrls(english)).some((url) => url.includes('la-tappezzeria-dei-sassi'))).toBe(false);
		await italian.close();
		await english.close();
	});

	it('fits a 320 px wide phone with results and filters open', async () => {
		const page = await browser.context.newPage();
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`${site.url}/it/cerca/?q=ceramica`);
		await resultUrls(page);
		await page.click('[data-search-filters-box] summary');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		const image = page.locator('[data-search-results] img').first();
		expect(await image.getAttribute('width')).toBeTruthy();
		expect(await image.getAttribute('height')).toBeTruthy();
		await page.close();
	});

	it('loads nothing of search on a story page, which only links to the search page', async () => {
		const page = await browser.context.newPage();
		const requested: string[] = [];
		const scripts: Promise<string>[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') scripts.push(response.text());
		});
		await page.goto(`${site.url}/en/stories/from-sant-elpidio-to-tokyo/`, { waitUntil: 'networkidle' });
		expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
		expect((await Promise.all(scripts)).filter((code) => code.includes('pagefind'))).toEqual([]);
		expect(await page.getAttribute('header form[role=search]', 'action')).toBe('/en/search/');
		expect(await page.getAttribute('header form[role=search] input[type=search]', 'name')).toBe('q');
		await page.close();
	});

	it('searches as you type from the third letter, and keeps the URL in step', async () => {
		const page = await open('/it/cerca/');
		await page.waitForFunction(() => /Scrivete/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
		await page.focus('#search-query');
		await page.keyboard.type('ce');
		await page.waitForTimeout(500);
		expect(await page.locator('[data-search-results] li').count()).toBe(0);
		expect(new URL(page.url()).search).toBe('');
		await page.keyboard.type('ramica');
		await page.waitForSelector('[data-search-results] li');
		expect(new URL(page.url()).searchParams.get('q')).toBe('ceramica');
		await page.close();
	});

	it('shows the best match at once, while the other results are still on their way', async () => {
		const page = await browser.context.newPage();
		// Pagefind fetches each result's text as a fragment, in the order of the results: hold back all but the first.
		let fragments = 0;
		let releaseOthers = () => {};
		const others = new Promise<void>((resolve) => (releaseOthers = resolve));
		await page.route('**/pagefind/fragment/**', async (route) => {
			if (fragments++ > 0) await others;
			await route.continue();
		});
		await page.goto(site.url + '/it/cerca/?q=ceramica');
		await page.waitForSelector('[data-search-results] li', { timeout: 10_000 });
		expect(await page.locator('[data-search-results] li').count()).toBe(1);
		releaseOthers();
		expect((await resultUrls(page)).length).toBeGreaterThan(1);
		await page.close();
	});

	it('works with the keyboard alone', async () => {
		const page = await open('/en/search/');
		for (let presses = 0; presses < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-query'; presses++) await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
		await page.keyboard.type('ceramics');
		await page.keyboard.press('Enter');
		await resultUrls(page);
		const onSummary = () => page.evaluate(() => document.activeElement?.tagName === 'SUMMARY');
		for (let presses = 0; presses < 10 && !(await onSummary()); presses++) await page.keyboard.press('Tab');
		expect(await onSummary()).toBe(true);
		await page.keyboard.press('Enter');
		const isFilter = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox');
		for (let presses = 0; presses < 10 && !(await isFilter()); presses++) await page.keyboard.press('Tab');
		expect(await isFilter()).toBe(true);
		await page.keyboard.press('Space');
		await page.waitForFunction(() => /type=|district=|kind=|tag=/.test(location.search));
		const inResults = () => page.evaluate(() => Boolean(document.activeElement?.closest('[data-search-results]')));
		for (let presses = 0; presses < 80 && !(await inResults()); presses++) await page.keyboard.press('Tab');
		expect(await inResults()).toBe(true);
		const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
		await Promise.all([page.waitForURL((url) => url.pathname === target), page.keyboard.press('Enter')]);
		expect(new URL(page.url()).pathname).toBe(target);
		await page.close();
	});
});

describe('what the index holds', () => {
	const ENTRY_PAGES = /^\/(it\/(storie|imprese|distretti)|en\/(stories|businesses|districts))\/[^/]+\/$/;

	it('only story, business and district pages, each in the index of its language', () => {
		const marked = htmlPages().filter((path) => readFileSync(fileFor(path)!, 'utf8').includes('data-pagefind-body'));
		expect(marked.filter((path) => !ENTRY_PAGES.test(path))).toEqual([]);
		for (const section of ['/it/storie/', '/en/stories/', '/it/distretti/', '/en/businesses/']) expect(marked.some((path) => path.startsWith(section))).toBe(true);
		const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		for (const lang of ['it', 'en']) expect(entry.languages[lang]?.page_count).toBe(marked.filter((path) => path.startsWith(`/${lang}/`)).length);
	});
});

