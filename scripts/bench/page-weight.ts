/**
 * What one built page costs a visitor over the wire, gzipped as a static host
 * serves it: the HTML with its stylesheets, and the JavaScript it runs
 * (inline scripts, external ones and every module they import). Shared by
 * the page-weight budget test and the build benchmark so both measure alike.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PageWeight {
	/** gzip(HTML) plus gzip of each linked stylesheet, in bytes. */
	htmlCss: number;
	/** gzip of every script the page runs, in bytes; JSON data blocks are not scripts. */
	js: number;
}

const gzipped = (content: string | Buffer) => gzipSync(content).length;

function fileIn(dist: string, sitePath: string): string {
	const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '');
	const candidate = join(dist, clean);
	const file = existsSync(candidate) && statSync(candidate).isFile() ? candidate : join(candidate, 'index.html');
	if (!existsSync(file)) throw new Error(`${sitePath} is not in ${dist}`);
	return file;
}

function elementsOf(node: Node, found: Element[] = []): Element[] {
	if ('tagName' in node) found.push(node);
	const children = 'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
	for (const child of children) elementsOf(child, found);
	return found;
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const resolve = (url: string, from: string) => new URL(url, `http://site${from}`).pathname;

/** A script and the modules it imports statically or dynamically, each once. */
function scriptClosure(dist: string, path: string, seen: Set<string>): void {
	if (seen.has(path)) return;
	seen.add(path);
	const code = readFileSync(fileIn(dist, path), 'utf8');
	for (const match of code.matchAll(/(?:\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?|\bimport\s*\(\s*)["']([^"']+\.m?js)["']/g)) scriptClosure(dist, resolve(match[1]!, path), seen);
}

/** Weighs the page at `sitePath` (like `/it/storie/x/`) in the built site `dist`. */
export function pageWeight(dist: string, sitePath: string): PageWeight {
	const html = readFileSync(fileIn(dist, sitePath));
	const elements = elementsOf(parse(html.toString('utf8')));
	let htmlCss = gzipped(html);
	for (const link of elements.filter((element) => element.tagName === 'link' && attribute(element, 'rel') === 'stylesheet')) {
		htmlCss += gzipped(readFileSync(fileIn(dist, resolve(attribute(link, 'href')!, sitePath))));
	}
	const modules = new Set<string>();
	let js = 0;
	for (const script of elements.filter((element) => element.tagName === 'script' && !/json/i.test(attribute(element, 'type') ?? ''))) {
		const src = attribute(script, 'src');
		if (src) scriptClosure(dist, resolve(src, sitePath), modules);
		else js += gzipped(script.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
	}
	for (const path of modules) js += gzipped(readFileSync(fileIn(dist, path)));
	return { htmlCss, js };
}
