/**
 * A visitor with only a keyboard: the first Tab reaches the skip link, which
 * takes them past the header into the main content; the language switch is
 * reachable and leads to the same page in the other language; the header
 * search form submits with Enter and lands on the search page with ?q=; the
 * share buttons of a story are reachable. Only Tab, Shift+Tab, typing and
 * Enter are used, never a click or a focus() call.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, otherLanguages } from '../../src/i18n/languages.ts';
import { homeUrl, sectionUrl } from '../../src/utils/routes.ts';
import { launchBrowser, type RunningBrowser } from '../support/browser.ts';
import { pagesOfEachKind } from '../support/page-kinds.ts';
import { serveStatic, type RunningSite } from '../support/static-server.ts';

const MAX_TABS = 150;

let site: RunningSite;
let browser: RunningBrowser;
let page: Page;
beforeAll(async () => {
	site = await serveStatic();
	browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

async function open(path: string): Promise<void> {
	page = await browser.context.newPage();
	await page.goto(site.url + path, { waitUntil: 'load' });
}

/** What has focus, described for assertions and failure messages. */
function focused() {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		const link = element instanceof HTMLAnchorElement ? element : null;
		return {
			tag: element?.tagName.toLowerCase() ?? '',
			text: (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
			href: link?.getAttribute('href') ?? '',
			hreflang: element?.getAttribute('hreflang') ?? element?.getAttribute('lang') ?? '',
			type: element?.getAttribute('type') ?? '',
			inMain: !!element?.closest('main'),
			inHeader: !!element?.closest('header'),
			inSearch: !!element?.closest('search, [role="search"], form[action*="/"]') && element instanceof HTMLInputElement,
			// The share kit: its links go to the networks' share pages; a copy-link button sits among them.
			inShare: /wa\.me|whatsapp\.com\/send|linkedin\.com\/sharing|facebook\.com\/sharer|x\.com\/intent|twitter\.com\/intent/.test(link?.href ?? '') || !!element?.closest('[data-share], [class*="share"]'),
			visible: !!element && element.getBoundingClientRect().width > 0 && element.getBoundingClientRect().height > 0,
		};
	});
}

/** Presses Tab until `wanted` holds for the focused element; returns the path of stops it took. */
async function tabUntil(wanted: (stop: Awaited<ReturnType<typeof focused>>) => boolean): Promise<{ found: boolean; stops: string[] }> {
	const stops: string[] = [];
	for (let i = 0; i < MAX_TABS; i++) {
		await page.keyboard.press('Tab');
		const stop = await focused();
		stops.push(`${stop.tag}${stop.href ? `[${stop.href}]` : ''} "${stop.text}"`);
		if (wanted(stop)) return { found: true, stops };
	}
	return { found: false, stops };
}

describe.each(LANGUAGES)('keyboard only (%s)', (lang) => {
	it('the first Tab reaches a visible skip link, and following it moves on into the main content', async () => {
		await open(homeUrl(lang));
		await page.keyboard.press('Tab');
		const first = await focused();
		expect(first.href, `first tab stop: ${first.tag} "${first.text}"`).toMatch(/^#/);
		expect(first.visible, 'the skip link is visible when focused').toBe(true);
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const next = await focused();
		expect(next.inMain, `after the skip link, Tab went to ${next.tag} "${next.text}" outside <main>`).toBe(true);
		await page.close();
	});

	it('reaches the language switch, which leads to the other language', async () => {
		const [other] = otherLanguages(lang);
		await open(sectionUrl(lang, 'districts'));
		const { found, stops } = await tabUntil((stop) => stop.tag === 'a' && stop.hreflang === other);
		expect(found, `no link to the ${other} version (hreflang or lang="${other}") among the tab stops: ${stops.join(' → ')}`).toBe(true);
		await Promise.all([page.waitForURL((url) => url.pathname.startsWith(`/${other}/`)), page.keyboard.press('Enter')]);
		expect(new URL(page.url()).pathname).toBe(sectionUrl(other, 'districts'));
		await page.close();
	});

	it('submits the header search with Enter and lands on the search page with ?q=', async () => {
		const query = lang === 'it' ? 'ceramica' : 'ceramics';
		await open(homeUrl(lang));
		const { found, stops } = await tabUntil((stop) => stop.tag === 'input' && stop.inHeader && (stop.type === 'search' || stop.inSearch));
		expect(found, `no search field in the header among the tab stops: ${stops.join(' → ')}`).toBe(true);
		await page.keyboard.type(query);
		const [response] = await Promise.all([page.waitForResponse((candidate) => new URL(candidate.url()).searchParams.has('q')), page.keyboard.press('Enter')]);
		expect(response.status(), 'the search page exists').toBe(200);
		await page.waitForURL((url) => url.searchParams.has('q'));
		const landed = new URL(page.url());
		expect(landed.pathname).toBe(sectionUrl(lang, 'search'));
		expect(landed.searchParams.get('q')).toBe(query);
		await page.close();
	});

	it('reaches the share buttons of a story', async () => {
		const story = pagesOfEachKind().pages.find((candidate) => candidate.kind === 'story' && candidate.lang === lang);
		expect(story, `no ${lang} story page was built`).toBeDefined();
		await open(story!.path);
		const { found, stops } = await tabUntil((stop) => stop.inShare && stop.visible);
		expect(found, `no share button among the tab stops: ${stops.join(' → ')}`).toBe(true);
		await page.close();
	});
});
