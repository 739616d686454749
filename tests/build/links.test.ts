/**
 * A link checker over the files in dist/: every internal URL in HTML (href,
 * src, srcset, poster, form actions, share-image meta tags, inline styles),
 * in CSS (url()), in XML (sitemap, feeds), robots.txt and web manifests leads to a
 * file, and every #fragment to an element with that id. Absolute URLs on the
 * site's own address count as internal: a canonical or og:image that 404s is
 * as broken as a relative link.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/site.config.ts';
import { attribute, DIST, elements, fileFor, requireDist } from '../support/dist.ts';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'data'];
const SRCSET_ATTRIBUTES = ['srcset', 'imagesrcset'];
/** Meta tags whose content is a URL crawlers and link previews fetch. */
const URL_META = /^(og:image|og:image:url|og:image:secure_url|og:url|og:video|og:audio|twitter:image|msapplication-TileImage)$/i;
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;
/** Fragments every browser understands without a matching id (HTML "top of the document"). */
const BUILT_IN_FRAGMENTS = new Set(['', 'top']);

function allFiles(dir = DIST): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? allFiles(path) : [path];
	});
}

/** The site path a file is served at: `dist/it/x/index.html` → `/it/x/`. */
const sitePathOf = (file: string) => '/' + relative(DIST, file).split('\\').join('/').replace(/(^|\/)index\.html$/, '$1');

/**
 * Resolves a URL found in `from` to a site path, or undefined when it points
 * elsewhere (another host, mailto:, tel:, data:).
 */
function internalTarget(url: string, from: string): URL | undefined {
	const trimmed = url.trim();
	if (/^(mailto|tel|data|blob|about|sms|geo):/i.test(trimmed)) return undefined;
	const site = new URL(SITE_URL + '/');
	const resolved = new URL(trimmed, new URL(from, site));
	if (resolved.origin !== site.origin) return undefined;
	return resolved;
}

interface Reference {
	from: string;
	url: string;
}

const idsCache = new Map<string, Set<string>>();
/** Every id (and legacy a[name]) of a built page, read once. */
function idsOf(file: string): Set<string> {
	let ids = idsCache.get(file);
	if (!ids) {
		ids = new Set();
		for (const element of elements(parse(readFileSync(file, 'utf8')))) {
			const id = attribute(element, 'id') ?? (element.tagName === 'a' ? attribute(element, 'name') : undefined);
			if (id !== undefined) ids.add(id);
		}
		idsCache.set(file, ids);
	}
	return ids;
}

/** Every URL the files in dist/ refer to, with the site path of the file that refers to it. */
function references(): Reference[] {
	const found: Reference[] = [];
	for (const file of allFiles()) {
		const from = sitePathOf(file);
		if (file.endsWith('.html')) {
			for (const element of elements(parse(readFileSync(file, 'utf8')))) {
				for (const name of URL_ATTRIBUTES) {
					const value = attribute(element, name);
					if (value !== undefined && !(name === 'data' && element.tagName !== 'object')) found.push({ from, url: value });
				}
				for (const name of SRCSET_ATTRIBUTES) {
					for (const candidate of (attribute(element, name) ?? '').split(/,\s+/)) {
						const url = candidate.trim().split(/\s+/)[0];
						if (url) found.push({ from, url });
					}
				}
				const property = attribute(element, 'property') ?? attribute(element, 'name') ?? '';
				if (element.tagName === 'meta' && URL_META.test(property)) found.push({ from, url: attribute(element, 'content') ?? '' });
				const css = (attribute(element, 'style') ?? '') + (element.tagName === 'style' ? element.childNodes.map((child) => ('value' in child ? child.value : '')).join('') : '');
				for (const match of css.matchAll(CSS_URL)) found.push({ from, url: match[2]! });
			}
		} else if (file.endsWith('.css')) {
			for (const match of readFileSync(file, 'utf8').matchAll(CSS_URL)) found.push({ from, url: match[2]! });
		} else if (file.endsWith('.xml') || file.endsWith('.xsl')) {
			const xml = readFileSync(file, 'utf8');
			for (const match of xml.matchAll(/<(?:loc|link|url)>\s*([^<\s]+)\s*<\//g)) found.push({ from, url: match[1]!.replace(/&amp;/g, '&') });
			for (const match of xml.matchAll(/\s(?:href|url)="([^"]+)"/g)) found.push({ from, url: match[1]!.replace(/&amp;/g, '&') });
		} else if (file.endsWith('robots.txt')) {
			for (const match of readFileSync(file, 'utf8').matchAll(/^sitemap:\s*(\S+)/gim)) found.push({ from, url: match[1]! });
		} else if (file.endsWith('.webmanifest') || file.endsWith('manifest.json')) {
			for (const match of readFileSync(file, 'utf8').matchAll(/"(?:src|start_url)"\s*:\s*"([^"]+)"/g)) found.push({ from, url: match[1]! });
		}
	}
	return found;
}

beforeAll(requireDist);

describe('internal references in dist/', () => {
	const broken: string[] = [];
	const brokenAnchors: string[] = [];
	let checked = 0;

	beforeAll(() => {
		for (const { from, url } of references()) {
			const target = internalTarget(url, from);
			if (!target) continue;
			checked++;
			const file = fileFor(target.pathname);
			if (!file) {
				broken.push(`${from} → ${url}`);
				continue;
			}
			const fragment = decodeURIComponent(target.hash.slice(1));
			if (target.hash && file.endsWith('.html') && !BUILT_IN_FRAGMENTS.has(fragment) && !idsOf(file).has(fragment)) brokenAnchors.push(`${from} → ${url} (no id="${fragment}" in ${target.pathname})`);
		}
	});

	it('all lead to a file: pages, images, srcset candidates, CSS url()s, feed and sitemap entries', () => {
		expect(checked).toBeGreaterThan(0);
		expect(broken).toEqual([]);
	});

	it('all #fragments point at an element with that id', () => {
		expect(brokenAnchors).toEqual([]);
	});
});
