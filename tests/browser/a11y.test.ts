/**
 * axe-core in Chromium over one page of every kind in both languages, on a
 * phone in light mode and a desktop in dark mode: zero WCAG 2.2 A/AA
 * violations. A failure prints each rule, its impact and the offending nodes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningBrowser } from '../support/browser.ts';
import { requireDist } from '../support/dist.ts';
import { pagesOfEachKind } from '../support/page-kinds.ts';
import { serveStatic, type RunningSite } from '../support/static-server.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	nodes: { target: unknown[]; failureSummary?: string; html: string }[];
}

/**
 * Runs axe on the loaded page; returns its violations. axe is evaluated
 * through the DevTools protocol rather than added as a <script> tag: the
 * site's Content-Security-Policy rightly blocks inline scripts, and the test
 * must see the page with its policy in force.
 */
async function axe(page: Page): Promise<AxeViolation[]> {
	await page.evaluate(AXE_SOURCE);
	return page.evaluate(async (tags) => {
		const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		});
		return result.violations.map(({ id, impact, help, helpUrl, nodes }) => ({ id, impact, help, helpUrl, nodes: nodes.map(({ target, failureSummary, html }) => ({ target, failureSummary, html })) }));
	}, WCAG_TAGS);
}

/** Readable enough to fix from the CI log alone. */
function describeViolations(path: string, violations: AxeViolation[]): string {
	return violations
		.map((violation) =>
			[
				`${path}: [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
				...violation.nodes.slice(0, 5).map((node) => `    at ${node.target.join(' ')}\n      ${node.html.slice(0, 160)}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
				violation.nodes.length > 5 ? `    …and ${violation.nodes.length - 5} more nodes` : '',
			]
				.filter(Boolean)
				.join('\n'),
		)
		.join('\n');
}

const SETTINGS = [
	{ name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
	{ name: 'desktop, dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const },
];

let site: RunningSite;
beforeAll(async () => {
	requireDist();
	site = await serveStatic();
});
afterAll(() => site?.close());

const { pages, missing } = pagesOfEachKind();

it('the site has a page of every kind to check', () => {
	expect(missing).toEqual([]);
});

for (const setting of SETTINGS) {
	describe(`WCAG 2.2 AA, ${setting.name}`, () => {
		let browser: RunningBrowser;
		beforeAll(async () => {
			browser = await launchBrowser({ viewport: setting.viewport });
		});
		afterAll(() => browser?.close());

		for (const { kind, lang, path } of pages) {
			it(`${kind}${lang ? ` (${lang})` : ''}: ${path}`, async () => {
				const page = await browser.context.newPage();
				try {
					await page.emulateMedia({ colorScheme: setting.colorScheme, reducedMotion: 'reduce' });
					await page.goto(site.url + path, { waitUntil: 'load' });
					const violations = await axe(page);
					if (violations.length > 0) console.error(describeViolations(path, violations));
					expect(violations.map((violation) => `${violation.id} (${violation.nodes.length})`)).toEqual([]);
				} finally {
					await page.close();
				}
			});
		}
	});
}
