/**
 * One RSS feed per language. Readers subscribe in their language, so a feed
 * only lists stories published in it, each linking to its own page.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { LANGUAGES, LOCALES, type Language } from '../../i18n/languages.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { entryUrl, withBase, type Addressable } from '../routes.ts';
import { absoluteUrl, type HeadLink } from './head.ts';

/** Where a language's feed lives; every page links it from its head. */
export function feedPath(lang: Language): string {
	return withBase(`${lang}/rss.xml`);
}

/**
 * The feed links of a page's head. A page in one language offers that
 * language's feed; the pages in both languages at once (the language chooser
 * at `/`, the site-wide 404) offer both, so a feed reader finds the English
 * feed from the site's front door too. The titles name the language; an
 * hreflang here would read to search engines as a translation of the page.
 */
export function feedLinks(lang: Language, inBothLanguages: boolean): HeadLink[] {
	return (inBothLanguages ? LANGUAGES : [lang]).map((feedLang) => ({
		rel: 'alternate',
		type: 'application/rss+xml',
		title: useTranslations(feedLang)('seo.feedTitle'),
		href: feedPath(feedLang),
	}));
}

export interface FeedStory {
	lang: Language;
	slug: string;
	address: Addressable;
	data: { title: string; description: string; publishDate: Date; updatedDate?: Date };
	/** The story's topics by name in its language. */
	categories: string[];
}

/**
 * Feed items for one language, newest first. Stories in other languages are
 * dropped here rather than trusted to the caller: an English reader must
 * never get an Italian item.
 */
export function feedItems(stories: FeedStory[], lang: Language, site: URL | string): RSSFeedItem[] {
	return stories
		.filter((story) => story.lang === lang)
		.sort((a, b) => b.data.publishDate.getTime() - a.data.publishDate.getTime() || a.slug.localeCompare(b.slug))
		.map((story) => ({
			title: story.data.title,
			description: story.data.description,
			link: absoluteUrl(entryUrl(lang, 'stories', story.address), site),
			pubDate: story.data.publishDate,
			categories: story.categories,
		}));
}

export interface FeedInput {
	lang: Language;
	stories: FeedStory[];
	site: URL | string;
	title: string;
	description: string;
}

/** Everything @astrojs/rss needs for a language's feed; it escapes the text when it writes the XML. */
export function storyFeed({ lang, stories, site, title, description }: FeedInput): RSSOptions {
	return {
		title,
		description,
		site: absoluteUrl(withBase(`${lang}/`), site),
		items: feedItems(stories, lang, site),
		customData: `<language>${LOCALES[lang].htmlLang}</language>`,
		trailingSlash: true,
	};
}
