/**
 * Files under `_astro/` that built pages link to but the build did not write.
 * Astro's incremental build copies a page from the previous build when its
 * route's code and key are unchanged, but the names of shared stylesheets and
 * scripts depend on how the whole bundle is split: a change to another route
 * can rename a chunk that an unchanged page still links to. `npm run build`
 * checks every build with this, so such a page is rendered again, never shipped.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtPages } from './built-pages.ts';

/** Astro's default `build.assets` folder, under the site's base path. */
const ASSETS = '_astro/';
const LINKS = /\s(?:href|src)="([^"]+)"|\ssrcset="([^"]+)"/g;

/** The `_astro/` files one page links to (stylesheets, scripts, images in `srcset` too), relative to the site root. */
export function assetLinks(html: string): string[] {
	const links: string[] = [];
	for (const [, single, srcset] of html.matchAll(LINKS)) {
		const urls = single ? [single] : srcset!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!);
		for (const url of urls) {
			const at = url.indexOf(ASSETS);
			if (url.startsWith('/') && at !== -1) links.push(url.slice(at).replace(/[?#].*$/, ''));
		}
	}
	return links;
}

/** Pages read at once: one at a time, waiting on each read, took 2 s at 1,000 stories per language. */
const BATCH = 64;

/** Every `_astro/` file that some page of the built site at `site` links to and that does not exist, with one page that links to it. */
export async function missingAssets(site: string): Promise<{ file: string; page: string }[]> {
	const pages = await builtPages(site);
	const checked = new Set<string>();
	const missing = new Map<string, string>();
	for (let start = 0; start < pages.length; start += BATCH) {
		const batch = pages.slice(start, start + BATCH);
		const texts = await Promise.all(batch.map((page) => readFile(join(site, page), 'utf8')));
		texts.forEach((html, index) => {
			for (const file of assetLinks(html)) {
				if (checked.has(file)) continue;
				checked.add(file);
				if (!existsSync(join(site, file))) missing.set(file, batch[index]!);
			}
		});
	}
	return [...missing].map(([file, page]) => ({ file, page }));
}
