/**
 * The weight budget of a story page, the page most visitors land on from a
 * shared link on a phone: HTML plus its stylesheets at most 40 KB gzipped,
 * and at most 6 KB gzipped of JavaScript (the share button's), counting
 * inline scripts, external ones and every module they import. The build
 * benchmark (npm run bench) reports the same measure at 250 to 2,500 stories.
 * The business directory, split into pages, keeps to the same HTML and CSS budget.
 */
import { beforeAll, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/bench/page-weight.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { isEntryPage, parseUrl } from '../../src/utils/routes.ts';
import { DIST, htmlPages, requireDist } from '../support/dist.ts';

const HTML_CSS_BUDGET = 40 * 1024;
const JS_BUDGET = 6 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

let weights: { page: string; htmlCss: number; js: number }[];
beforeAll(() => {
	requireDist();
	const stories = htmlPages().filter((page) => isEntryPage(parseUrl(page), 'stories'));
	weights = stories.map((page) => ({ page, ...pageWeight(DIST, page) }));
	const heaviest = [...weights].sort((a, b) => b.htmlCss - a.htmlCss)[0];
	if (heaviest) console.log(`story pages: ${weights.length}; heaviest HTML+CSS ${kb(heaviest.htmlCss)} gzipped (${heaviest.page}); most JS ${kb(Math.max(...weights.map((weight) => weight.js)))} gzipped`);
});

it('there are story pages in both languages to weigh', () => {
	for (const lang of LANGUAGES) expect(weights.some((weight) => weight.page.startsWith(`/${lang}/`)), lang).toBe(true);
});

it('every story page is at most 40 KB of HTML and CSS, gzipped', () => {
	expect(weights.filter((weight) => weight.htmlCss > HTML_CSS_BUDGET).map((weight) => `${weight.page}: ${kb(weight.htmlCss)}`)).toEqual([]);
});

it('every story page ships at most 6 KB of JavaScript, gzipped', () => {
	expect(weights.filter((weight) => weight.js > JS_BUDGET).map((weight) => `${weight.page}: ${kb(weight.js)}`)).toEqual([]);
});

it('every page of the business directory and its filters is within the story page budget of HTML and CSS', () => {
	const directory = htmlPages().filter((page) => {
		const parsed = parseUrl(page);
		return parsed?.kind === 'filter' || (parsed?.kind === 'index' && parsed.section === 'businesses');
	});
	expect(directory.length).toBeGreaterThan(20);
	const heavy = directory.map((page) => ({ page, ...pageWeight(DIST, page) })).filter((weight) => weight.htmlCss > HTML_CSS_BUDGET);
	expect(heavy.map((weight) => `${weight.page}: ${kb(weight.htmlCss)}`)).toEqual([]);
});
