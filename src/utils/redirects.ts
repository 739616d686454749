/**
 * A published address keeps working when a slug changes. Each former slug of
 * a story or district (`formerSlugs`) becomes a redirect two ways, so every
 * host we document follows it: a line of `_redirects` (Netlify, Cloudflare
 * Pages) and a small page at the old address (GitHub Pages and any plain
 * server), kept out of results and pointing at the new address.
 */
import { LANGUAGES, LOCALES, type Language } from '../i18n/languages.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { District } from '../schemas/content.ts';
import { addressOf, entryUrl, homeUrl, slugUrl } from './routes.ts';
import { escapeHtml } from './seo/share.ts';
import type { PublishedStory } from './stories.ts';

export interface Redirect {
	lang: Language;
	/** Site paths, with the deploy base. */
	from: string;
	to: string;
}

interface RedirectContent {
	/** Public stories of every language: a former slug of an unpublished file leads nowhere yet. */
	stories: readonly PublishedStory[];
	districts: readonly { id: string; data: District }[];
}

/** Every former address of the public stories and of the districts, in content order. */
export function formerAddresses({ stories, districts }: RedirectContent): Redirect[] {
	const ofStories = stories
		.filter((story) => LANGUAGES.includes(story.lang))
		.flatMap((story) => (story.data.formerSlugs ?? []).map((slug) => ({ lang: story.lang, from: slugUrl(story.lang, 'stories', slug), to: entryUrl(story.lang, 'stories', story.address) })));
	const ofDistricts = districts.flatMap((district) =>
		LANGUAGES.flatMap((lang) => (district.data.formerSlugs?.[lang] ?? []).map((slug) => ({ lang, from: slugUrl(lang, 'districts', slug), to: entryUrl(lang, 'districts', addressOf(district)) }))),
	);
	return [...ofStories, ...ofDistricts].filter((redirect) => redirect.from !== redirect.to).sort((a, b) => a.from.localeCompare(b.from));
}

/** Each language's own "page not found", for addresses below its folder that do not exist. */
function notFoundPath(lang: Language): string {
	return `${homeUrl(lang)}404/index.html`;
}

/**
 * `_redirects` in the format Netlify and Cloudflare Pages read. `301!` lets
 * the redirect win over the page left at the old address (Netlify serves an
 * existing file before a plain rule); `404` rules give each language's
 * missing addresses that language's page instead of the bilingual one.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
	return [
		'# Former addresses of stories and districts (formerSlugs in content/), written by npm run build.',
		...redirects.map(({ from, to }) => `${from} ${to} 301!`),
		'# A missing address inside a language folder gets that language’s page.',
		...LANGUAGES.map((lang) => `${homeUrl(lang)}* ${notFoundPath(lang)} 404`),
		'',
	].join('\n');
}

/**
 * The page left at a former address: refreshes at once to the new one, names
 * it as canonical so search engines move their entry there, stays out of
 * results itself, and shows the link for whoever the refresh does not carry.
 */
export function redirectPage({ lang, to }: Redirect, site: URL | string): string {
	const t = useTranslations(lang);
	const target = escapeHtml(new URL(to, site).href);
	return [
		'<!doctype html>',
		`<html lang="${LOCALES[lang].htmlLang}">`,
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
		`<title>${escapeHtml(t('moved.title'))} · Trame</title>`,
		'<meta name="robots" content="noindex">',
		`<link rel="canonical" href="${target}">`,
		`<meta http-equiv="refresh" content="0; url=${target}">`,
		'</head>',
		'<body>',
		`<main><h1>${escapeHtml(t('moved.title'))}</h1><p>${escapeHtml(t('moved.text'))} <a href="${target}">${target}</a></p></main>`,
		'</body>',
		'</html>',
		'',
	].join('\n');
}
