/**
 * What a page tells search engines and link previews about itself: canonical,
 * language alternates, robots, Open Graph and Twitter tags. Computed here as
 * data from plain values so the rules (absolute URLs, only translations that
 * exist, x-default to Italian) are tested once, and Head.astro only renders.
 */
import { DEFAULT_LANGUAGE, LANGUAGES, LOCALES, type Language } from '../../i18n/languages.ts';
import { snippet } from './snippet.ts';

export interface ShareImage {
	/** Site path (with base) or absolute URL. */
	src: string;
	width: number;
	height: number;
	alt: string;
	type: 'image/jpeg' | 'image/png';
}

export interface PageSeo {
	/** The complete `<title>` text, unique on the site. */
	title: string;
	/** Any length: the head shortens it to a snippet. */
	description: string;
	lang: Language;
	/** This page's path, with the deploy base. */
	path: string;
	/** The path of this page in every language it exists in, this one included. */
	translations: Partial<Record<Language, string>>;
	image: ShareImage;
	type?: 'website' | 'article' | 'profile';
	article?: { published: Date; modified?: Date; tags: string[] };
	/** Pages that must not appear in results: 404, search, embeds, the CMS. */
	noindex?: boolean;
	/** Title for previews, without the site-name suffix of `<title>`. */
	shareTitle?: string;
}

export interface HeadLink {
	rel: string;
	href: string;
	hreflang?: string;
	type?: string;
	title?: string;
}

export interface HeadMeta {
	/** `property` for Open Graph (RDFa), `name` for everything else. */
	attribute: 'name' | 'property';
	key: string;
	content: string;
}

export interface HeadTags {
	canonical: string;
	links: HeadLink[];
	meta: HeadMeta[];
}

/** Resolves a site path against the public address; previews and crawlers ignore relative URLs. */
export function absoluteUrl(path: string, site: URL | string): string {
	return new URL(path, site).href;
}

/**
 * hreflang links for each translation that exists, plus `x-default` for
 * readers in other languages: the Italian page when there is one (Italian is
 * the language stories are written in), otherwise the only version.
 */
export function hreflangLinks(translations: PageSeo['translations'], site: URL | string): HeadLink[] {
	const existing = LANGUAGES.filter((lang) => translations[lang] !== undefined);
	if (existing.length === 0) return [];
	const fallback = translations[DEFAULT_LANGUAGE] ?? translations[existing[0]!]!;
	return [
		...existing.map((lang) => ({ rel: 'alternate', hreflang: LOCALES[lang].htmlLang, href: absoluteUrl(translations[lang]!, site) })),
		{ rel: 'alternate', hreflang: 'x-default', href: absoluteUrl(fallback, site) },
	];
}

/** Every `<link>` and `<meta>` of a page's head that is about finding and sharing it. */
export function headTags(page: PageSeo, site: URL | string, siteName: string, feeds: HeadLink[]): HeadTags {
	const canonical = absoluteUrl(page.path, site);
	const image = absoluteUrl(page.image.src, site);
	const shareTitle = page.shareTitle ?? page.title;
	const otherLocales = LANGUAGES.filter((lang) => lang !== page.lang && page.translations[lang] !== undefined);
	const description = snippet(page.description);
	const meta: HeadMeta[] = [
		{ attribute: 'name', key: 'description', content: description },
		...(page.noindex ? [{ attribute: 'name', key: 'robots', content: 'noindex, follow' } as const] : []),
		{ attribute: 'property', key: 'og:type', content: page.type ?? 'website' },
		{ attribute: 'property', key: 'og:site_name', content: siteName },
		{ attribute: 'property', key: 'og:title', content: shareTitle },
		{ attribute: 'property', key: 'og:description', content: description },
		{ attribute: 'property', key: 'og:url', content: canonical },
		{ attribute: 'property', key: 'og:locale', content: LOCALES[page.lang].ogLocale },
		...otherLocales.map((lang) => ({ attribute: 'property', key: 'og:locale:alternate', content: LOCALES[lang].ogLocale }) as const),
		{ attribute: 'property', key: 'og:image', content: image },
		{ attribute: 'property', key: 'og:image:type', content: page.image.type },
		{ attribute: 'property', key: 'og:image:width', content: `${page.image.width}` },
		{ attribute: 'property', key: 'og:image:height', content: `${page.image.height}` },
		{ attribute: 'property', key: 'og:image:alt', content: page.image.alt },
		...articleMeta(page.article),
		{ attribute: 'name', key: 'twitter:card', content: 'summary_large_image' },
		{ attribute: 'name', key: 'twitter:title', content: shareTitle },
		{ attribute: 'name', key: 'twitter:description', content: description },
		{ attribute: 'name', key: 'twitter:image', content: image },
		{ attribute: 'name', key: 'twitter:image:alt', content: page.image.alt },
	];
	const links: HeadLink[] = [
		{ rel: 'canonical', href: canonical },
		...hreflangLinks(page.translations, site),
		...feeds.map((feed) => ({ ...feed, href: absoluteUrl(feed.href, site) })),
	];
	return { canonical, links, meta };
}

function articleMeta(article: PageSeo['article']): HeadMeta[] {
	if (!article) return [];
	return [
		{ attribute: 'property', key: 'article:published_time', content: article.published.toISOString().slice(0, 10) },
		{ attribute: 'property', key: 'article:modified_time', content: (article.modified ?? article.published).toISOString().slice(0, 10) },
		...article.tags.map((tag) => ({ attribute: 'property', key: 'article:tag', content: tag }) as const),
	];
}
