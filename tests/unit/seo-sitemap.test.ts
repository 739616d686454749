import { describe, expect, it } from 'vitest';
import { isListed, sitemapOptions, translationGroups } from '../../src/utils/seo/sitemap.ts';

const root = new URL('https://trame.example.org/');
const u = (path: string) => new URL(path, root).href;

const built = [
	'/it/', '/en/',
	'/it/storie/la-fornace-dei-fontana/', '/en/stories/la-fornace-dei-fontana/',
	'/it/storie/il-filo-di-montemurlo/',
	'/it/distretti/sassuolo/', '/en/districts/sassuolo/',
	'/it/temi/ceramica/', '/en/tags/ceramics/',
	'/it/cerca/', '/en/search/', '/404/', '/admin/', '/embed/it/la-fornace-dei-fontana/',
].map(u);

describe('isListed', () => {
	it('keeps content pages and drops the CMS, embeds, search and error pages', () => {
		expect(built.filter((url) => isListed(url, root)).map((url) => new URL(url).pathname)).toEqual([
			'/it/', '/en/', '/it/storie/la-fornace-dei-fontana/', '/en/stories/la-fornace-dei-fontana/', '/it/storie/il-filo-di-montemurlo/',
			'/it/distretti/sassuolo/', '/en/districts/sassuolo/', '/it/temi/ceramica/', '/en/tags/ceramics/',
		]);
	});

	it('understands a deploy below a sub-path', () => {
		const sub = new URL('https://example.github.io/trame/');
		expect(isListed('https://example.github.io/trame/en/search/', sub)).toBe(false);
		expect(isListed('https://example.github.io/trame/en/stories/x/', sub)).toBe(true);
	});
});

describe('translationGroups', () => {
	const groups = translationGroups(built, root);

	it('pairs a story with its translation across translated section names', () => {
		expect(groups.get(u('/en/stories/la-fornace-dei-fontana/'))).toEqual({ it: u('/it/storie/la-fornace-dei-fontana/'), en: u('/en/stories/la-fornace-dei-fontana/') });
		expect(groups.get(u('/it/distretti/sassuolo/'))).toEqual({ it: u('/it/distretti/sassuolo/'), en: u('/en/districts/sassuolo/') });
	});

	it('does not invent a translation that was not built', () => {
		expect(groups.get(u('/it/storie/il-filo-di-montemurlo/'))).toEqual({ it: u('/it/storie/il-filo-di-montemurlo/') });
	});

	it('never pairs tag pages, whose words differ per language', () => {
		expect(groups.get(u('/it/temi/ceramica/'))).toBeUndefined();
	});
});

describe('sitemapOptions', () => {
	it('writes reciprocal alternates with x-default and content dates', async () => {
		const options = sitemapOptions(root, (url) => (url.endsWith('/la-fornace-dei-fontana/') ? new Date('2026-05-02T00:00:00Z') : undefined));
		const listed = built.filter((url) => options.filter!(url));
		const items = await Promise.all(listed.map((url) => options.serialize!({ url, links: [] })));
		const it = items.find((item) => item?.url === u('/it/storie/la-fornace-dei-fontana/'))!;
		const en = items.find((item) => item?.url === u('/en/stories/la-fornace-dei-fontana/'))!;
		expect(it.links).toEqual(en.links);
		expect(it.links).toEqual([
			{ lang: 'it', url: u('/it/storie/la-fornace-dei-fontana/') },
			{ lang: 'en', url: u('/en/stories/la-fornace-dei-fontana/') },
			{ lang: 'x-default', url: u('/it/storie/la-fornace-dei-fontana/') },
		]);
		expect(it.lastmod).toBe('2026-05-02');
		expect(items.find((item) => item?.url === u('/it/'))).not.toHaveProperty('lastmod');
	});
});
