/**
 * The weight budget of a story page, the page most visitors land on from a
 * shared link on a phone: HTML plus its stylesheets at most 40 KB gzipped,
 * and at most 6 KB gzipped of JavaScript (the share button's), counting
 * inline scripts, external ones and every module they import.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { parseUrl } from '../../src/utils/routes.ts';
import { attribute, fileFor, htmlPages, readPage, requireDist } from '../support/dist.ts';

const HTML_CSS_BUDGET = 40 * 1024;
const JS_BUDGET = 6 * 1024;

const gzipped = (text: string | Buffer) => gzipSync(text).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A script file and the modules it imports statically or dynamically, each once. */
function scriptClosure(path: string, seen = new Set<string>()): Set<string> {
	if (seen.has(path)) return seen;
	const file = fileFor(path);
	if (!file) throw new Error(`script ${path} is not in dist/`);
	seen.add(path);
	const code = readFileSync(file, 'utf8');
	for (const match of code.matchAll(/(?:\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?|\bimport\s*\(\s*)["']([^"']+\.m?js)["']/g)) {
		scriptClosure(new URL(match[1]!, `http://site${path}`).pathname, seen);
	}
	return seen;
}

interface Weight {
	page: string;
	htmlCss: number;
	js: number;
}

/** What a story page costs over the wire, gzipped as a static host serves it. */
function weigh(page: string): Weight {
	const elements = readPage(page);
	let htmlCss = gzipped(readFileSync(fileFor(page)!));
	for (const link of elements.filter((element) => element.tagName === 'link' && attribute(element, 'rel') === 'stylesheet')) {
		const href = new URL(attribute(link, 'href')!, `http://site${page}`).pathname;
		htmlCss += gzipped(readFileSync(fileFor(href)!));
	}
	const scripts = elements.filter((element) => element.tagName === 'script' && !/json/.test(attribute(element, 'type') ?? ''));
	const files = new Set<string>();
	let js = 0;
	for (const script of scripts) {
		const src = attribute(script, 'src');
		if (src) scriptClosure(new URL(src, `http://site${page}`).pathname, files);
		else js += gzipped(script.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
	}
	for (const path of files) js += gzipped(readFileSync(fileFor(path)!));
	return { page, htmlCss, js };
}

let weights: Weight[];
beforeAll(() => {
	requireDist();
	const stories = htmlPages().filter((page) => {
		const parsed = parseUrl(page);
		return parsed?.section === 'stories' && parsed.id !== undefined && !/^\d+$/.test(parsed.id) && parsed.page === undefined;
	});
	weights = stories.map(weigh);
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
