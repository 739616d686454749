/**
 * Reads a built site the way a crawler does: every HTML page parsed with
 * parse5 into the facts the SEO rules are about (title, canonical, hreflang,
 * Open Graph, JSON-LD…), and URLs of the public site mapped back to files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PageFacts {
	/** Site path of the page, like `/it/storie/x/` or `/404.html`. */
	path: string;
	html: string;
	lang: string | undefined;
	titles: string[];
	meta: { key: string; content: string }[];
	links: { rel: string; href: string; hreflang?: string; type?: string }[];
	jsonLd: string[];
	/** Text of every <script> without src, JSON-LD included. */
	inlineScripts: { type: string | undefined; text: string }[];
	externalScripts: string[];
	anchors: { href: string; target?: string; rel?: string; text: string }[];
	svgCount: number;
	element(test: (element: Element) => boolean): Element | undefined;
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function text(node: Node): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
	return 'childNodes' in node ? node.childNodes.map(text).join('') : '';
}

function elements(node: Node, out: Element[] = []): Element[] {
	if ('tagName' in node) out.push(node);
	// <template> content is a fragment of its own; none of our pages rely on it.
	if ('childNodes' in node) for (const child of node.childNodes) elements(child, out);
	return out;
}

/** Parses one HTML file into the facts the tests check. */
export function readPage(dist: string, file: string): PageFacts {
	const html = readFileSync(file, 'utf8');
	const all = elements(parse(html) as unknown as Node);
	const inHead = (element: Element) => {
		for (let parent = element.parentNode as Node | null; parent; parent = (parent as Element).parentNode as Node | null) if ('tagName' in parent && parent.tagName === 'head') return true;
		return false;
	};
	const scripts = all.filter((e) => e.tagName === 'script');
	let path = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
	if (path.endsWith('.html') && !path.endsWith('/404.html')) path = path.replace(/\.html$/, '/');
	return {
		path,
		html,
		lang: attr(all.find((e) => e.tagName === 'html')!, 'lang'),
		titles: all.filter((e) => e.tagName === 'title' && inHead(e)).map(text),
		meta: all.filter((e) => e.tagName === 'meta' && (attr(e, 'property') || attr(e, 'name'))).map((e) => ({ key: (attr(e, 'property') ?? attr(e, 'name'))!, content: attr(e, 'content') ?? '' })),
		links: all.filter((e) => e.tagName === 'link' && inHead(e)).map((e) => ({ rel: attr(e, 'rel') ?? '', href: attr(e, 'href') ?? '', hreflang: attr(e, 'hreflang'), type: attr(e, 'type') })),
		jsonLd: scripts.filter((e) => attr(e, 'type') === 'application/ld+json').map(text),
		inlineScripts: scripts.filter((e) => !attr(e, 'src')).map((e) => ({ type: attr(e, 'type'), text: text(e) })),
		externalScripts: scripts.map((e) => attr(e, 'src')).filter((src): src is string => src !== undefined),
		anchors: all.filter((e) => e.tagName === 'a' && attr(e, 'href')).map((e) => ({ href: attr(e, 'href')!, target: attr(e, 'target'), rel: attr(e, 'rel'), text: text(e) })),
		svgCount: all.filter((e) => e.tagName === 'svg').length,
		element: (test) => all.find(test),
	};
}

/** Every `.html` file below `dir`. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}

/** Values of every meta tag with this name or property. */
export function metaValues(page: PageFacts, key: string): string[] {
	return page.meta.filter((meta) => meta.key === key).map((meta) => meta.content);
}

/**
 * The dist file an absolute URL of the site is served from, or undefined when
 * it points elsewhere or at nothing: `/it/x/` → `dist/it/x/index.html`.
 */
export function fileFor(dist: string, siteRoot: URL, url: string): string | undefined {
	const target = new URL(url, siteRoot);
	if (target.origin !== siteRoot.origin || !target.pathname.startsWith(siteRoot.pathname)) return undefined;
	const path = decodeURIComponent(target.pathname.slice(siteRoot.pathname.length));
	const candidates = path === '' || path.endsWith('/') ? [join(dist, path, 'index.html')] : [join(dist, path), join(dist, `${path}.html`)];
	return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

export { attr };
