import { describe, expect, it } from 'vitest';
import { headTags, hreflangLinks, type PageSeo } from '../../src/utils/seo/head.ts';

const site = 'https://trame.example.org';
const feed = { rel: 'alternate', type: 'application/rss+xml', title: 'Trame', href: '/en/rss.xml' };
const page: PageSeo = {
	title: 'The Fontana kiln · Trame',
	shareTitle: 'The Fontana kiln',
	description: 'A forty-person tile maker sells short runs to architects across Europe.',
	lang: 'en',
	path: '/en/stories/la-fornace-dei-fontana/',
	translations: { it: '/it/storie/la-fornace-dei-fontana/', en: '/en/stories/la-fornace-dei-fontana/' },
	image: { src: '/og/en/stories/la-fornace-dei-fontana.jpg', width: 1200, height: 630, alt: 'The Fontana kiln', type: 'image/jpeg' },
	type: 'article',
	article: { published: new Date('2026-03-14T00:00:00Z'), tags: ['ceramics'] },
};

const metaValue = (tags: ReturnType<typeof headTags>, key: string) => tags.meta.filter((meta) => meta.key === key).map((meta) => meta.content);

describe('hreflangLinks', () => {
	it('lists each existing translation and sends x-default to the Italian page', () => {
		expect(hreflangLinks(page.translations, site)).toEqual([
			{ rel: 'alternate', hreflang: 'it', href: 'https://trame.example.org/it/storie/la-fornace-dei-fontana/' },
			{ rel: 'alternate', hreflang: 'en', href: 'https://trame.example.org/en/stories/la-fornace-dei-fontana/' },
			{ rel: 'alternate', hreflang: 'x-default', href: 'https://trame.example.org/it/storie/la-fornace-dei-fontana/' },
		]);
	});

	it('sends x-default to the only version when Italian does not exist, and names no missing translation', () => {
		const links = hreflangLinks({ en: '/en/stories/only-english/' }, site);
		expect(links.map((link) => link.hreflang)).toEqual(['en', 'x-default']);
		expect(links.every((link) => link.href === 'https://trame.example.org/en/stories/only-english/')).toBe(true);
	});
});

describe('headTags', () => {
	const tags = headTags(page, site, 'Trame', [feed]);

	it('gives an absolute canonical, og:url and image', () => {
		expect(tags.canonical).toBe('https://trame.example.org/en/stories/la-fornace-dei-fontana/');
		expect(metaValue(tags, 'og:url')).toEqual([tags.canonical]);
		expect(metaValue(tags, 'og:image')).toEqual(['https://trame.example.org/og/en/stories/la-fornace-dei-fontana.jpg']);
		expect(metaValue(tags, 'twitter:image')).toEqual(metaValue(tags, 'og:image'));
		expect(metaValue(tags, 'og:image:width')).toEqual(['1200']);
		expect(metaValue(tags, 'og:image:height')).toEqual(['630']);
	});

	it('names its own locale and only the locales it is translated into', () => {
		expect(metaValue(tags, 'og:locale')).toEqual(['en_GB']);
		expect(metaValue(tags, 'og:locale:alternate')).toEqual(['it_IT']);
		const alone = headTags({ ...page, translations: { en: page.path } }, site, 'Trame', [feed]);
		expect(metaValue(alone, 'og:locale:alternate')).toEqual([]);
	});

	it('shares the title without the site suffix and links the language feed', () => {
		expect(metaValue(tags, 'og:title')).toEqual(['The Fontana kiln']);
		expect(tags.links).toContainEqual({ ...feed, href: 'https://trame.example.org/en/rss.xml' });
	});

	it('asks not to be indexed only when told to', () => {
		expect(metaValue(tags, 'robots')).toEqual([]);
		expect(metaValue(headTags({ ...page, noindex: true }, site, 'Trame', [feed]), 'robots')).toEqual(['noindex, follow']);
	});

	it('dates an article by publish date when it was never modified', () => {
		expect(metaValue(tags, 'article:published_time')).toEqual(['2026-03-14']);
		expect(metaValue(tags, 'article:modified_time')).toEqual(['2026-03-14']);
	});
});
