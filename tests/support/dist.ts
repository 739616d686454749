/**
 * Reads the built site in dist/ for build tests: which pages exist, and their
 * parsed HTML, so tests reason about what a visitor or a crawler gets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export const DIST = join(process.cwd(), 'dist');

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Fails with advice instead of a cryptic ENOENT when the site was not built. */
export function requireDist(): void {
	if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no built site: run `npm run build` first (npm test does it for you).');
}

/** The page left at a former address of a story or district (src/utils/redirects.ts): not a page of the site, only a way to it. */
export function isRedirectPage(file: string): boolean {
	return /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8'));
}

/**
 * Every HTML file in dist (or another built site), as site paths like
 * `/it/storie/x/` or `/404.html`; the pages at former addresses only when asked
 * (tests/build/localized-urls.test.ts checks them, validity.test.ts validates them with the rest).
 */
export function htmlPages(dist = DIST, { redirects = false } = {}): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html') && (redirects || !isRedirectPage(path))) pages.push('/' + relative(dist, path).split('\\').join('/').replace(/(^|\/)index\.html$/, '$1'));
		}
	};
	walk(dist);
	return pages.sort();
}

/** The file a static host serves for a site path, if any. */
export function fileFor(sitePath: string): string | undefined {
	const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '');
	const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
	return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** All elements of a parsed document, depth first. */
export function elements(root: Node): Element[] {
	const found: Element[] = [];
	const visit = (node: Node) => {
		if ('tagName' in node) found.push(node);
		const children = 'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
		for (const child of children) visit(child);
	};
	visit(root);
	return found;
}

export function attribute(element: Element, name: string): string | undefined {
	return element.attrs.find((attr) => attr.name === name)?.value;
}

/** Parses a built page into its elements. */
export function readPage(sitePath: string): Element[] {
	const file = fileFor(sitePath);
	if (!file) throw new Error(`${sitePath} is not in dist/`);
	return elements(parse(readFileSync(file, 'utf8')));
}
