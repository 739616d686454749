/**
 * Every share card a site needs, worked out from its content alone: a card per
 * story, business and district in each language, and each language's home
 * card. `npm run build` draws this list from the content check's data as soon
 * as the content is known (scripts/lib/share-cards.ts); `npm run dev`'s card
 * route serves it from Astro's collections.
 */
import { join } from 'node:path';
import { LANGUAGES } from '../../i18n/languages.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { Business, District } from '../../schemas/content.ts';
import { SITE_NAME } from '../../site.config.ts';
import { addressOf, entryUrl, homeUrl } from '../routes.ts';
import { storiesIn, type PublishedStory } from '../stories.ts';
import { ogEndpointParam, ogImagePath, type OgCard } from './og-image.ts';

export interface ShareCard {
	/** The card endpoint's `[...path]` parameter. */
	path: string;
	card: OgCard;
	/** File name in `content/media` of the photo behind the text; none gives a plain ink card. */
	cover?: string;
}

interface CardContent {
	/** Public stories of every language. */
	stories: readonly PublishedStory[];
	businesses: readonly { id: string; data: Business }[];
	districts: readonly { id: string; data: District }[];
}

/**
 * The cards in drawing order: a page's languages next to each other, since
 * they share their faded cover photo (see recentFadedCover in og-render.ts).
 */
export function shareCards({ stories, businesses, districts }: CardContent): ShareCard[] {
	const cards: (ShareCard & { entry: string })[] = [];
	const add = (entry: string, pagePath: string, card: Omit<OgCard, 'siteName'>, cover?: string) =>
		cards.push({ entry, path: ogEndpointParam(ogImagePath(pagePath, card.lang)), card: { ...card, siteName: SITE_NAME }, cover });
	const districtOf = new Map(districts.map((district) => [district.id, district.data]));
	for (const lang of LANGUAGES) {
		const t = useTranslations(lang);
		add('', homeUrl(lang), { lang, title: t('site.tagline'), kicker: '', label: '' });
		for (const story of storiesIn(stories, lang)) {
			add(story.slug, entryUrl(lang, 'stories', story.address), { lang, title: story.data.title, kicker: districtOf.get(story.data.district)?.name[lang] ?? '', label: t('og.story') }, story.data.hero.image);
		}
		for (const { id, data } of businesses) {
			const district = districtOf.get(data.district);
			add(id, entryUrl(lang, 'businesses', id), { lang, title: data.name, kicker: `${data.town} · ${district?.name[lang] ?? ''}`, label: t('og.business') }, data.image?.image ?? district?.cover.image);
		}
		for (const district of districts) {
			const { id, data } = district;
			add(id, entryUrl(lang, 'districts', addressOf(district)), { lang, title: data.name[lang], kicker: t(`region.${data.region}`), label: t('og.district') }, data.cover.image);
		}
	}
	return cards.sort((a, b) => a.entry.localeCompare(b.entry)).map(({ entry: _entry, ...card }) => card);
}

export interface CardJob {
	/** Where the card goes in the site: `og/<path>.jpg`. */
	path: string;
	card: OgCard;
	/** Absolute path of the photo behind the text; none gives a plain ink card. */
	coverFile?: string;
	cacheDir: string;
}

/**
 * What it takes to draw a card of the project under `root`. The cache sits
 * next to Astro's own (`cacheDir` in astro.config.mjs), which survives
 * `npm ci` and CI cache restores.
 */
export function shareCardJob({ path, card, cover }: ShareCard, root: string): CardJob {
	return { path, card, coverFile: cover && join(root, 'content/media', cover), cacheDir: join(root, '.cache/og') };
}
