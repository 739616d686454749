import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SitemapOptions } from '@astrojs/sitemap';
import { afterAll, describe, expect, it } from 'vitest';
import { isListed, readPageHead, seoSitemap } from '../../src/utils/seo/sitemap.ts';

const root = new URL('https://trame.example.org/');
const u = (path: string) => new URL(path, root).href;

describe('isListed', () => {
	it('keeps content pages and drops the CMS, embeds, search and error pages', () => {
		const built = ['/it/', '/en/stories/x/', '/it/temi/ceramica/', '/it/cerca/', '/en/search/', '/404/', '/en/404/', '/admin/', '/embed/it/x/'].map(u);
		expect(built.filter((url) => isListed(url, root)).map((url) => new URL(url).pathname)).toEqual(['/it/', '/en/stories/x/', '/it/temi/ceramica/']);
	});

	it('understands a deploy below a sub-path', () => {
		const sub = new URL('https://example.github.io/trame/');
		expect(isListed('https://example.github.io/trame/en/search/', sub)).toBe(false);
		expect(isListed('https://example.github.io/trame/en/stories/x/', sub)).toBe(true);
	});
});

const head = (links: string) => `<!doctype html><html><head><title>x</title>${links}</head><body><link rel="alternate" hreflang="de" href="https://not-in-head/"></body></html>`;

describe('readPageHead', () => {
	it('reads hreflang links in any attribute order, with entities decoded, and the modified date', () => {
		const page = head(
			`<link rel="canonical" href="https://trame.example.org/it/storie/x/">` +
				`<link rel="alternate" href="https://trame.example.org/it/storie/x/?a=1&amp;b=2" hreflang="it">` +
				`<link hreflang="x-default" rel="alternate" href="https://trame.example.org/it/storie/x/">` +
				`<link rel="alternate" type="application/rss+xml" href="https://trame.example.org/it/rss.xml">` +
				`<meta property="article:modified_time" content="2026-05-02">`,
		);
		expect(readPageHead(page)).toEqual({
			alternates: [
				{ lang: 'it', url: 'https://trame.example.org/it/storie/x/?a=1&b=2' },
				{ lang: 'x-default', url: 'https://trame.example.org/it/storie/x/' },
			],
			modified: '2026-05-02',
		});
	});

	it('gives no date to pages that are not articles', () => {
		expect(readPageHead(head(''))).toEqual({ alternates: [] });
	});
});

describe('seoSitemap', () => {
	const outDir = mkdtempSync(join(tmpdir(), 'sitemap-'));
	afterAll(() => rmSync(outDir, { recursive: true, force: true }));

	it('serializes each entry with the alternates and date its built page declares', async () => {
		mkdirSync(join(outDir, 'en/stories/x'), { recursive: true });
		writeFileSync(
			join(outDir, 'en/stories/x/index.html'),
			head(`<link rel="alternate" href="${u('/it/storie/x/')}" hreflang="it"><link rel="alternate" href="${u('/en/stories/x/')}" hreflang="en"><meta property="article:modified_time" content="2026-05-02">`),
		);
		let options: SitemapOptions;
		const [probe, sitemap] = seoSitemap(root, (given) => ((options = given), { name: 'fake-sitemap', hooks: {} }));
		const configDone = probe!.hooks['astro:config:done'] as (params: unknown) => void;
		configDone({ config: { outDir: pathToFileURL(`${outDir}/`) } });
		expect(sitemap!.name).toBe('fake-sitemap');
		expect(options!.filter!(u('/en/search/'))).toBe(false);
		expect(await options!.serialize!({ url: u('/en/stories/x/'), links: [] })).toEqual({
			url: u('/en/stories/x/'),
			links: [
				{ lang: 'it', url: u('/it/storie/x/') },
				{ lang: 'en', url: u('/en/stories/x/') },
			],
			lastmod: '2026-05-02',
		});
	});
});
