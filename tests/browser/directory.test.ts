/**
 * The business directory on a desktop and on a phone, without JavaScript:
 * several cards side by side at 1280 px, one column at 390 px with nothing
 * wider than the screen, and a filter reached by following its link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_TABLE } from '../../src/i18n/languages.ts';
import { filterUrl, sectionUrl } from '../../src/utils/routes.ts';
import { launchBrowser, type RunningBrowser } from '../support/browser.ts';
import { serveStatic, type RunningSite } from '../support/static-server.ts';

let site: RunningSite;
const browsers: RunningBrowser[] = [];
beforeAll(async () => {
	site = await serveStatic();
});
afterAll(async () => {
	await Promise.all(browsers.map((browser) => browser.close()));
	await site?.close();
});

/** The distinct left edges of the directory's cards: one per column. */
async function columns(width: number) {
	const browser = await launchBrowser({ viewport: { width, height: 900 }, javaScriptEnabled: false });
	browsers.push(browser);
	const page = await browser.context.newPage();
	await page.goto(site.url + sectionUrl('en', 'businesses'), { waitUntil: 'load' });
	const lefts = await page.$$eval('[data-business]', (cards) => cards.map((card) => Math.round(card.getBoundingClientRect().left)));
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	return { columns: new Set(lefts).size, cards: lefts.length, overflow, page };
}

describe('the business directory', () => {
	it('shows several columns of cards at 1280 px', async () => {
		const desktop = await columns(1280);
		expect(desktop.cards).toBeGreaterThan(3);
		expect(desktop.columns).toBeGreaterThanOrEqual(3);
	});

	it('shows one column at 390 px, nothing wider than the screen, and filters by following a link', async () => {
		const phone = await columns(390);
		expect(phone.columns).toBe(1);
		expect(phone.overflow).toBe(0);
		const target = filterUrl('en', 'visits', LANGUAGE_TABLE.en.facets.public);
		await phone.page.locator(`details[data-facet="visits"] a[href="${target}"]`).click();
		await phone.page.waitForURL(`**${target}`);
		expect(await phone.page.locator('a[aria-current="page"]', { hasText: 'Open to the public' }).count()).toBe(1);
	});
});
