/**
 * Share cards (1200×630 JPEG) for every story, business and district, and a
 * home card per language that the other pages share, rendered at build time.
 * Card text is in the page's language; `ogImagePath` maps pages to these files.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { join } from 'node:path';
import { getBusinesses, getDistricts, getStories } from '../../data/content.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { SITE_NAME } from '../../site.config.ts';
import { entryUrl, homeUrl } from '../../utils/routes.ts';
import { ogEndpointParam, ogImagePath, type OgCard } from '../../utils/seo/og-image.ts';
import { cardKey } from '../../utils/seo/og-render.ts';
import { renderCardInWorker, renderCardsAhead, type CardJob } from '../../utils/seo/og-workers.ts';

const MEDIA = join(process.cwd(), 'content/media');
/** Next to Astro's own cache (`cacheDir` in astro.config.mjs), which survives `npm ci` and CI cache restores. */
const CACHE = join(process.cwd(), '.cache/og');

const cardJob = ({ card, cover }: { card: OgCard; cover?: string }): CardJob => ({ card, coverFile: cover && join(MEDIA, cover), cacheDir: CACHE });

export const getStaticPaths = (async () => {
	const cards: { params: { path: string }; props: { card: OgCard; cover?: string }; entry: string }[] = [];
	const add = (entry: string, pagePath: string, card: Omit<OgCard, 'siteName'>, cover?: string) =>
		cards.push({ params: { path: ogEndpointParam(ogImagePath(pagePath, card.lang)) }, props: { card: { ...card, siteName: SITE_NAME }, cover }, entry });
	const businesses = await getBusinesses();
	for (const lang of LANGUAGES) {
		const t = useTranslations(lang);
		const districts = await getDistricts(lang);
		const districtOf = new Map(districts.map((district) => [district.id, district.data]));
		add('', homeUrl(lang), { lang, title: t('site.tagline'), kicker: '', label: '' });
		for (const story of await getStories(lang)) {
			add(story.slug, entryUrl(lang, 'stories', story.slug), { lang, title: story.data.title, kicker: districtOf.get(story.data.district)?.name[lang] ?? '', label: t('og.story') }, story.data.hero.image);
		}
		for (const { id, data } of businesses) {
			const district = districtOf.get(data.district);
			add(id, entryUrl(lang, 'businesses', id), { lang, title: data.name, kicker: `${data.town} · ${district?.name[lang] ?? ''}`, label: t('og.business') }, data.image?.image ?? district?.cover.image);
		}
		for (const { id, data } of districts) {
			add(id, entryUrl(lang, 'districts', id), { lang, title: data.name[lang], kicker: data.region, label: t('og.district') }, data.cover.image);
		}
	}
	// A page's languages one after the other: they share their faded cover (see recentFadedCover).
	cards.sort((a, b) => a.entry.localeCompare(b.entry));
	// Only when building: `astro dev` renders a card when a browser asks for it.
	if (import.meta.env.PROD) renderCardsAhead(cards.map(({ props }) => cardJob(props)));
	// An incremental build copies a card whose key is unchanged from the previous build.
	return cards.map(({ params, props }) => ({ params, props, cacheKey: cardKey(props.card, cardJob(props).coverFile) }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
	const image = await renderCardInWorker(cardJob(props));
	return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/jpeg' } });
};
