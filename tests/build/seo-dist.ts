/**
 * The SEO view of a built page: the facts a crawler or a link preview reads
 * (title, canonical, hreflang, Open Graph, JSON-LD, scripts, links), on top of
 * the shared dist readers in tests/support/dist.ts.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { attribute, elements, isRedirectPage, type Element } from '../support/dist.ts';

type Node = DefaultTreeAdapterMap['node'];

export interface PageFacts {
	/** Path inside dist, like `/it/storie/x/` or `/404.html`: the URL path below the deploy base. */
	path: string;
	html: string;
	lang: string | undefined;
	titles: string[];
	meta: { key: string; content: string }[];
	links: { rel: string; href: string; hreflang?: string; type?: string }[];
	jsonLd: string[];
	/** Every <script> without src, JSON-LD included. */
	inlineScripts: { type: string | undefined; text: string }[];
	anchors: { href: string; target?: string; rel?: string }[];
	element(test: (element: Element) => boolean): Element | undefined;
}

/** The text of a node, entities decoded, as a reader (or a snippet's source) has it. */
export function text(node: Node): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
	return 'childNodes' in node ? node.childNodes.map(text).join('') : '';
}

const inHead = (element: Element) => {
	for (let parent: Node | null = element.parentNode; parent && 'tagName' in parent; parent = parent.parentNode) if (parent.tagName === 'head') return true;
	return false;
};

/** Parses one HTML file of `dist` into the facts the SEO tests check. */
export function readPage(dist: string, file: string): PageFacts {
	const html = readFileSync(file, 'utf8');
	const all = elements(parse(html));
	const scripts = all.filter((e) => e.tagName === 'script');
	return {
		path: `/${relative(dist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'),
		html,
		lang: attribute(all.find((e) => e.tagName === 'html')!, 'lang'),
		titles: all.filter((e) => e.tagName === 'title' && inHead(e)).map(text),
		meta: all.filter((e) => e.tagName === 'meta' && (attribute(e, 'property') ?? attribute(e, 'name'))).map((e) => ({ key: (attribute(e, 'property') ?? attribute(e, 'name'))!, content: attribute(e, 'content') ?? '' })),
		links: all.filter((e) => e.tagName === 'link' && inHead(e)).map((e) => ({ rel: attribute(e, 'rel') ?? '', href: attribute(e, 'href') ?? '', hreflang: attribute(e, 'hreflang'), type: attribute(e, 'type') })),
		jsonLd: scripts.filter((e) => attribute(e, 'type') === 'application/ld+json').map(text),
		inlineScripts: scripts.filter((e) => !attribute(e, 'src')).map((e) => ({ type: attribute(e, 'type'), text: text(e) })),
		anchors: all.filter((e) => e.tagName === 'a' && attribute(e, 'href')).map((e) => ({ href: attribute(e, 'href')!, target: attribute(e, 'target'), rel: attribute(e, 'rel') })),
		element: (test) => all.find(test),
	};
}

/** Every `.html` file below `dir` (any dist, the hostile fixture's included) but the pages left at former addresses. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return htmlFiles(full);
		return name.endsWith('.html') && !isRedirectPage(full) ? [full] : [];
	});
}

/** Values of every meta tag with this name or property. */
export function metaValues(page: PageFacts, key: string): string[] {
	return page.meta.filter((meta) => meta.key === key).map((meta) => meta.content);
}

/**
 * The file of `dist` an absolute URL of the site is served from, or undefined
 * when it points at another host or at nothing.
 */
export function fileFor(dist: string, siteRoot: URL, url: string): string | undefined {
	const target = new URL(url, siteRoot);
	if (target.origin !== siteRoot.origin || !target.pathname.startsWith(siteRoot.pathname)) return undefined;
	const path = decodeURIComponent(target.pathname.slice(siteRoot.pathname.length));
	const file = join(dist, path, path === '' || path.endsWith('/') ? 'index.html' : '');
	return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}
