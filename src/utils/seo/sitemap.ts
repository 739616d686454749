/**
 * Sitemap rules for @astrojs/sitemap. Its own i18n option pairs pages only
 * when their paths are identical after the locale, but ours are translated
 * (`/it/storie/x/` ↔ `/en/stories/x/`), so translation pairs are computed
 * here from the pages that were actually built.
 */
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';
import type { Language } from '../../i18n/languages.ts';
import { parseUrl } from '../routes.ts';
import { hreflangLinks } from './head.ts';

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
	return parseUrl(`/${path}`)?.section !== 'search';
}

/**
 * What a page is, regardless of language: the same story slug, district,
 * business or author id, or section index. Tag pages have none: a tag is a
 * word in one language ("ceramica" is not a translation of "ceramics").
 */
export function translationKey(url: string, root: URL): string | undefined {
	const parsed = parseUrl(`/${sitePath(url, root)}`);
	if (!parsed || parsed.section === 'tags') return undefined;
	return [parsed.section ?? 'home', parsed.id ?? '', parsed.page ?? 1].join('/');
}

/** Groups built pages into translations: a page pairs only with pages that exist. */
export function translationGroups(urls: Iterable<string>, root: URL): Map<string, Partial<Record<Language, string>>> {
	const groups = new Map<string, Partial<Record<Language, string>>>();
	const byUrl = new Map<string, Partial<Record<Language, string>>>();
	for (const url of urls) {
		const key = translationKey(url, root);
		const lang = parseUrl(`/${sitePath(url, root)}`)?.lang;
		if (!key || !lang) continue;
		const group = groups.get(key) ?? {};
		group[lang] = url;
		groups.set(key, group);
		byUrl.set(url, group);
	}
	return byUrl;
}

/** The sitemap's `xhtml:link` alternates for a page: the same rule, so the same set, as its hreflang head links. */
export function alternateLinks(group: Partial<Record<Language, string>> | undefined, siteRoot: URL): SitemapItem['links'] {
	return hreflangLinks(group ?? {}, siteRoot).map((link) => ({ lang: link.hreflang!, url: link.href }));
}

/**
 * Options for @astrojs/sitemap. `filter` sees every built page before any is
 * serialized, so it also records the list the pairs are computed from.
 * `lastModified` gives a page's content date when it has one (stories).
 */
export function sitemapOptions(siteRoot: URL, lastModified: (url: string) => Date | undefined): SitemapOptions {
	const built = new Set<string>();
	let groups: ReturnType<typeof translationGroups> | undefined;
	return {
		filter(url) {
			built.add(url);
			return isListed(url, siteRoot);
		},
		serialize(item) {
			groups ??= translationGroups([...built].filter((url) => isListed(url, siteRoot)), siteRoot);
			const lastmod = lastModified(item.url);
			return { ...item, links: alternateLinks(groups.get(item.url), siteRoot), ...(lastmod ? { lastmod: lastmod.toISOString().slice(0, 10) } : {}) };
		},
	};
}
