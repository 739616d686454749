import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assetLinks, missingAssets } from '../../scripts/lib/missing-assets.ts';

let site = '';
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('assetLinks', () => {
	it('finds stylesheets, scripts and every srcset candidate, under any base path, and nothing off-site', () => {
		const html = `<link rel="stylesheet" href="/_astro/Head.abc.css"><script type="module" src="/trame/_astro/ShareKit.def.js?v=1"></script>
			<img src="/_astro/tile.480.webp" srcset="/_astro/tile.480.webp 480w, /_astro/tile.800.webp 800w" alt="">
			<a href="/it/storie/">Storie</a><link rel="preload" href="https://cdn.example.com/_astro/x.css">`;
		expect(assetLinks(html)).toEqual(['_astro/Head.abc.css', '_astro/ShareKit.def.js', '_astro/tile.480.webp', '_astro/tile.480.webp', '_astro/tile.800.webp']);
	});
});

describe('missingAssets', () => {
	it('names each file some page links to that the build did not write, with a page that links to it', async () => {
		site = mkdtempSync(join(tmpdir(), 'trame-assets-'));
		mkdirSync(join(site, '_astro'));
		mkdirSync(join(site, 'it'));
		writeFileSync(join(site, '_astro', 'Head.abc.css'), '');
		writeFileSync(join(site, 'index.html'), '<link rel="stylesheet" href="/_astro/Head.abc.css">');
		writeFileSync(join(site, 'it', 'index.html'), '<link rel="stylesheet" href="/_astro/Head.abc.css"><link rel="stylesheet" href="/_astro/Head.old.css">');

		expect(await missingAssets(site)).toEqual([{ file: '_astro/Head.old.css', page: join('it', 'index.html') }]);
	});
});
