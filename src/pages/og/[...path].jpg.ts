/**
 * Share cards (1200×630 JPEG) for every story, business and district, and a
 * home card per language that the other pages share, rendered at build time.
 * Card text is in the page's language; `ogImagePath` maps pages to these files.
 * Which cards exist and what they say is decided in `share-cards.ts`.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getAllStories, getBusinesses, getDistricts } from '../../data/content.ts';
import { cardKey } from '../../utils/seo/og-render.ts';
import { unlessDrawingEarly } from '../../utils/seo/og-early.ts';
import { renderCardInWorker, renderCardsAhead } from '../../utils/seo/og-workers.ts';
import { shareCardJob, shareCards } from '../../utils/seo/share-cards.ts';

const root = process.cwd();

export const getStaticPaths = (async () => {
	const [stories, businesses, districts] = await Promise.all([getAllStories(), getBusinesses(), getDistricts('it')]);
	const cards = shareCards({ stories, businesses, districts }).map((shareCard) => ({ shareCard, job: shareCardJob(shareCard, root) }));
	// Only when building (`astro dev` renders a card when a browser asks for it): the workers draw every card
	// ahead, unless the content guard's background process is at it; then only if it dies first (og-early.ts).
	if (import.meta.env.PROD) unlessDrawingEarly(() => renderCardsAhead(cards.map(({ job }) => job)));
	// An incremental build copies a card whose key is unchanged from the previous build.
	return cards.map(({ shareCard, job }) => ({ params: { path: shareCard.path }, props: { job }, cacheKey: cardKey(job.card, job.coverFile) }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
	const image = await renderCardInWorker(props.job);
	return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/jpeg' } });
};
