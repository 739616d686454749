/**
 * The security rules of the built site, one test each: a Content-Security-
 * Policy on every page that allows no inline script but the hashed ones Astro
 * emits, the CMS's looser policy confined to /admin/, the headers a deploy
 * sends (public/_headers), no third-party scripts, and external links that
 * cannot reach back into the page. What stories may contain (no scripts,
 * frames, handlers, javascript: links) is enforced before the build by the
 * content checker and tested by the content cases (mdx-unsafe and others in
 * tests/fixtures/content-cases, run by tests/unit/content-cases.test.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/site.config.ts';
import { attribute, DIST, fileFor, htmlPages, readPage, requireDist, type Element } from '../support/dist.ts';
import { headersFor, readHeadersFile } from '../support/headers-file.ts';

/** Script types the browser runs; JSON-LD and other data blocks are not subject to script-src. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const isAdmin = (page: string) => page.startsWith('/admin/');
const isEmbed = (page: string) => /(^|\/)embed\//.test(page);

const textOf = (element: Element) => element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');

/** The page's meta policy as directive name → sources. */
function policyOf(page: string): Map<string, string[]> | undefined {
	const meta = readPage(page).find((element) => element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy');
	if (!meta) return undefined;
	return new Map(
		(attribute(meta, 'content') ?? '')
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name!.toLowerCase(), sources]),
	);
}

/** Sources that apply to elements of a kind, with CSP's fallback order. */
function sourcesFor(policy: Map<string, string[]>, ...order: string[]): string[] {
	for (const name of order) {
		const sources = policy.get(name);
		if (sources) return sources;
	}
	return [];
}

const digest = (algorithm: string, text: string) => `'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`;
const covered = (sources: string[], text: string) => ['sha256', 'sha384', 'sha512'].some((algorithm) => sources.includes(digest(algorithm, text)));

let pages: string[];
beforeAll(() => {
	requireDist();
	pages = htmlPages();
});

describe('Content-Security-Policy', () => {
	it('is on every page, before anything it governs', () => {
		const problems: string[] = [];
		for (const page of pages) {
			const elements = readPage(page);
			const metaIndex = elements.findIndex((element) => element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy');
			// A stylesheet of the site's own, linked before the policy, is one the policy would allow anyway ('self').
			const ownFile = (href = '') => href.startsWith('/') && !href.startsWith('//');
			const firstGoverned = elements.findIndex((element) => (element.tagName === 'script' && EXECUTABLE.has((attribute(element, 'type') ?? '').toLowerCase())) || element.tagName === 'style' || (element.tagName === 'link' && /stylesheet|preload|modulepreload/.test(attribute(element, 'rel') ?? '') && !ownFile(attribute(element, 'href'))));
			if (metaIndex < 0) problems.push(`${page}: no <meta http-equiv="content-security-policy">`);
			else if (firstGoverned >= 0 && firstGoverned < metaIndex) problems.push(`${page}: a <${elements[firstGoverned]!.tagName}> comes before the policy and escapes it`);
		}
		expect(problems).toEqual([]);
	});

	it("never allows inline or eval'd scripts on public pages, and loads nothing from other sites", () => {
		const problems: string[] = [];
		for (const page of pages.filter((candidate) => !isAdmin(candidate))) {
			const policy = policyOf(page);
			if (!policy) continue;
			for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
				for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
					if (policy.get(name)?.includes(forbidden)) problems.push(`${page}: ${name} allows ${forbidden}`);
				}
			}
			if (!policy.get('default-src')?.includes("'self'")) problems.push(`${page}: default-src is not 'self'`);
			if (policy.get('object-src')?.join(' ') !== "'none'") problems.push(`${page}: object-src is not 'none'`);
			if (!policy.has('base-uri')) problems.push(`${page}: no base-uri (an injected <base> could redirect every relative URL)`);
			const hosts = [...policy.values()].flat().filter((source) => /^(https?:)?\/\/|^[\w-]+\.[\w.-]+/.test(source));
			if (hosts.length > 0) problems.push(`${page}: allows other hosts ${hosts.join(' ')}`);
		}
		expect(problems).toEqual([]);
	});

	it('covers every inline script and style in dist/ with a hash, so the browser runs and applies them', () => {
		const problems: string[] = [];
		for (const page of pages) {
			const policy = policyOf(page);
			if (!policy) continue;
			const scriptSources = sourcesFor(policy, 'script-src-elem', 'script-src', 'default-src');
			const styleSources = sourcesFor(policy, 'style-src-elem', 'style-src', 'default-src');
			for (const element of readPage(page)) {
				if (element.tagName === 'script' && attribute(element, 'src') === undefined && EXECUTABLE.has((attribute(element, 'type') ?? '').toLowerCase())) {
					if (!covered(scriptSources, textOf(element))) problems.push(`${page}: inline <script> not in the policy: ${textOf(element).slice(0, 80)}`);
				}
				if (element.tagName === 'style' && !styleSources.includes("'unsafe-inline'") && !covered(styleSources, textOf(element))) {
					problems.push(`${page}: inline <style> not in the policy: ${textOf(element).slice(0, 80)}`);
				}
				if (attribute(element, 'style') !== undefined) {
					const attributeSources = sourcesFor(policy, 'style-src-attr', 'style-src', 'default-src');
					if (!attributeSources.includes("'unsafe-inline'") && !covered(attributeSources, attribute(element, 'style')!)) problems.push(`${page}: style="${attribute(element, 'style')}" on <${element.tagName}> is blocked by the policy`);
				}
				for (const handler of element.attrs.filter((attr) => /^on/i.test(attr.name))) problems.push(`${page}: <${element.tagName} ${handler.name}=…> is an inline handler the policy blocks`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('relaxes the policy for the CMS at /admin/ only', () => {
		const admin = pages.filter(isAdmin);
		for (const page of admin) {
			const scriptSources = sourcesFor(policyOf(page)!, 'script-src');
			expect(scriptSources, page).not.toContain("'unsafe-inline'");
		}
		const relaxed = pages.filter((page) => sourcesFor(policyOf(page) ?? new Map(), 'script-src').includes("'unsafe-eval'"));
		expect(relaxed.filter((page) => !isAdmin(page))).toEqual([]);
	});

	it('loads scripts only from the site itself', () => {
		const site = new URL(SITE_URL);
		const foreign: string[] = [];
		for (const page of pages) {
			for (const element of readPage(page).filter((candidate) => candidate.tagName === 'script' && attribute(candidate, 'src') !== undefined)) {
				const src = new URL(attribute(element, 'src')!, new URL(page, site));
				if (src.origin !== site.origin || !fileFor(src.pathname)) foreign.push(`${page} → ${attribute(element, 'src')}`);
			}
		}
		expect(foreign).toEqual([]);
	});
});

describe('headers (public/_headers, copied to dist/_headers)', () => {
	const rules = () => readHeadersFile(DIST);

	it('exists in dist/', () => {
		expect(rules().length).toBeGreaterThan(0);
	});

	it('give every page and asset the baseline headers', () => {
		const paths = [...pages, '/_astro/example.css', '/favicon.svg'];
		const problems: string[] = [];
		for (const path of paths) {
			const headers = headersFor(rules(), path);
			if (headers.get('x-content-type-options') !== 'nosniff') problems.push(`${path}: X-Content-Type-Options is not nosniff`);
			if (!/^(strict-origin-when-cross-origin|strict-origin|same-origin|no-referrer)$/.test(headers.get('referrer-policy') ?? '')) problems.push(`${path}: Referrer-Policy leaks full URLs or is missing`);
			if (!/camera=\(\)/.test(headers.get('permissions-policy') ?? '') || !/microphone=\(\)/.test(headers.get('permissions-policy') ?? '')) problems.push(`${path}: Permissions-Policy does not turn off camera and microphone`);
			const maxAge = Number(/max-age=(\d+)/.exec(headers.get('strict-transport-security') ?? '')?.[1] ?? 0);
			if (maxAge < 31_536_000) problems.push(`${path}: Strict-Transport-Security is missing or shorter than a year`);
		}
		expect(problems).toEqual([]);
	});

	it('are set in _headers only, so a host never merges two values of one header', () => {
		const netlify = existsSync('netlify.toml') ? readFileSync('netlify.toml', 'utf8') : '';
		const names = new Set(rules().flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase())));
		const twice = [...netlify.matchAll(/^\s*"?([A-Za-z-]+)"?\s*=/gm)].map((match) => match[1]!.toLowerCase()).filter((name) => names.has(name));
		expect(twice, 'headers also set in netlify.toml [[headers]]').toEqual([]);
	});

	it('forbid framing every page except the /embed/ pages, which any site may frame', () => {
		const problems: string[] = [];
		for (const page of pages) {
			const headers = headersFor(rules(), page);
			const frameAncestors = /frame-ancestors ([^;,]+)/.exec(headers.get('content-security-policy') ?? '')?.[1]?.trim();
			if (isEmbed(page)) {
				if (headers.has('x-frame-options')) problems.push(`${page}: X-Frame-Options stops others from embedding it`);
				if (frameAncestors !== undefined && frameAncestors !== '*') problems.push(`${page}: frame-ancestors ${frameAncestors} stops others from embedding it`);
			} else {
				if (headers.get('x-frame-options') !== 'DENY') problems.push(`${page}: X-Frame-Options is ${headers.get('x-frame-options') ?? 'missing'}, not DENY`);
				if (frameAncestors !== "'none'") problems.push(`${page}: frame-ancestors is ${frameAncestors ?? 'missing'}, not 'none'`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('external links', () => {
	it("carry rel=noopener, and so does every link that opens a new tab", () => {
		const site = new URL(SITE_URL);
		const problems: string[] = [];
		for (const page of pages) {
			for (const link of readPage(page).filter((element) => (element.tagName === 'a' || element.tagName === 'area' || element.tagName === 'form') && (attribute(element, 'href') ?? attribute(element, 'action')) !== undefined)) {
				const target = new URL(attribute(link, 'href') ?? attribute(link, 'action')!, new URL(page, site));
				const external = /^https?:$/.test(target.protocol) && target.origin !== site.origin;
				const newTab = attribute(link, 'target') !== undefined && attribute(link, 'target') !== '_self';
				const rel = (attribute(link, 'rel') ?? '').toLowerCase().split(/\s+/);
				if ((external || newTab) && !rel.includes('noopener') && !rel.includes('noreferrer')) problems.push(`${page}: <${link.tagName} href="${target.href}"${newTab ? ` target="${attribute(link, 'target')}"` : ''}> has no rel="noopener"`);
			}
		}
		expect(problems).toEqual([]);
	});
});

