/**
 * Share cards for `npm run dev`, drawn when a browser asks for one. A build
 * makes them in its own stage (scripts/lib/share-cards.ts) from the same list
 * (`share-cards.ts`), so this route has no pages there.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { readFile } from 'node:fs/promises';
import { getAllStories, getBusinesses, getDistricts } from '../../data/content.ts';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.ts';
import { cardFile } from '../../utils/seo/og-render.ts';
import { shareCardJob, shareCards } from '../../utils/seo/share-cards.ts';

export const getStaticPaths = (async () => {
	if (import.meta.env.PROD) return [];
	const [stories, businesses, districts] = await Promise.all([getAllStories(), getBusinesses(), getDistricts(DEFAULT_LANGUAGE)]);
	return shareCards({ stories, businesses, districts }).map((shareCard) => ({ params: { path: shareCard.path }, props: { job: shareCardJob(shareCard, process.cwd()) } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
	const { card, coverFile, cacheDir } = props.job;
	return new Response(new Uint8Array(await readFile(await cardFile(card, coverFile, cacheDir))), { headers: { 'Content-Type': 'image/jpeg' } });
};
