/**
 * Sitemap rules for @astrojs/sitemap. Its own i18n option pairs pages only
 * when their paths are identical after the locale, but ours are translated
 * (`/it/storie/x/` ↔ `/en/stories/x/`) and some pages exist in one language
 * only. So each entry's alternates and date are read from the built page
 * itself: its hreflang links and `article:modified_time`. The sitemap then
 * says exactly what the pages say, whatever rule decided it.
 */
import type { AstroIntegration } from 'astro';
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseUrl } from '../routes.ts';

/** Sections whose pages must stay out of results (noindex) and so out of the sitemap. */
const UNLISTED_PREFIXES = ['admin/', 'embed/', 'og/'];

/** The path below the deploy base, without a leading slash: `it/storie/x/`. */
function sitePath(url: string, root: URL): string {
	const { pathname } = new URL(url);
	return pathname.startsWith(root.pathname) ? pathname.slice(root.pathname.length) : pathname.replace(/^\//, '');
}

/** Whether a built page belongs in the sitemap: not the CMS, embeds, error or search pages. */
export function isListed(url: string, root: URL): boolean {
	const path = sitePath(url, root);
	if (UNLISTED_PREFIXES.some((prefix) => path.startsWith(prefix))) return false;
	if (/^(?:[a-z]{2}\/)?(?:404|500)\/?$/.test(path)) return false;
	const parsed = parseUrl(`/${path}`);
	return !(parsed?.kind === 'index' && parsed.section === 'search');
}

export interface PageHead {
	alternates: NonNullable<SitemapItem['links']>;
	/** YYYY-MM-DD from `article:modified_time`, for stories. */
	modified?: string;
}

const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };

function attributesOf(tag: string): Record<string, string> {
	return Object.fromEntries([...tag.matchAll(ATTRIBUTE)].map(([, name, value]) => [name!.toLowerCase(), value!.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity]!)]));
}

/**
 * A copy of a string read from a page that does not point into the page: V8
 * keeps a cut-out string as a view of the whole, so the URLs the sitemap holds
 * until the end of the build kept every page's HTML alive at once.
 */
const detached = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

/**
 * The hreflang links and modified date in a page's head. Only `<link>` and
 * `<meta>` tags are read, and their attribute values are URLs and dates the
 * head wrote itself, so matching tags is enough here.
 */
export function readPageHead(html: string): PageHead {
	const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
	const tags = [...head.matchAll(/<(link|meta)\b[^>]*>/gi)].map(([tag, name]) => ({ name: name!.toLowerCase(), attributes: attributesOf(tag) }));
	const alternates = tags
		.filter(({ name, attributes }) => name === 'link' && attributes.rel === 'alternate' && attributes.hreflang && attributes.href)
		.map(({ attributes }) => ({ lang: detached(attributes.hreflang!), url: detached(attributes.href!) }));
	const modified = tags.find(({ name, attributes }) => name === 'meta' && attributes.property === 'article:modified_time')?.attributes.content;
	return { alternates, ...(modified ? { modified: detached(modified) } : {}) };
}

/** The built HTML file of a page URL in `outDir`. */
function pageFile(url: string, root: URL, outDir: URL): URL {
	return new URL(`${sitePath(url, root)}index.html`, outDir);
}

/**
 * The sitemap integration with our rules, plus a probe that learns where the
 * build writes (`outDir` may be moved by `--outDir`) before the sitemap is
 * serialized from the built pages.
 */
export function seoSitemap(siteRoot: URL, sitemap: (options: SitemapOptions) => AstroIntegration): AstroIntegration[] {
	let outDir: URL | undefined;
	const probe: AstroIntegration = {
		name: 'trame:sitemap-out-dir',
		hooks: { 'astro:config:done': ({ config }) => void (outDir = config.outDir) },
	};
	const options: NonNullable<SitemapOptions> = {
		filter: (url) => isListed(url, siteRoot),
		serialize(item) {
			const head = readPageHead(readFileSync(fileURLToPath(pageFile(item.url, siteRoot, outDir!)), 'utf8'));
			return { ...item, links: head.alternates, ...(head.modified ? { lastmod: head.modified } : {}) };
		},
	};
	return [probe, sitemap(options)];
}
