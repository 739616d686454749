/**
 * `getStaticPaths` for each page type, shared by the Italian and English
 * route files so each language's URL folder stays a few lines long.
 */
import type { Language } from '../i18n/languages.ts';
import { paginate } from '../utils/pagination.ts';
import { getAuthors, getBusinesses, getDistricts, getStories, getTags } from './content.ts';

export const STORIES_PER_PAGE = 12;

/** One page per public story of the language. */
export async function storyPaths(lang: Language) {
	return (await getStories(lang)).map((story) => ({ params: { slug: story.slug }, props: { story } }));
}

/** The stories index and its numbered pages: `/it/storie/`, `/it/storie/2/` … */
export async function storyListPaths(lang: Language) {
	return paginate(await getStories(lang), STORIES_PER_PAGE).map((page) => ({ params: { page: page.number === 1 ? undefined : String(page.number) }, props: { page } }));
}

/** Each district, with its stories paginated: `/it/distretti/sassuolo/`, `/it/distretti/sassuolo/2/` … */
export async function districtPaths(lang: Language) {
	const [districts, stories] = await Promise.all([getDistricts(lang), getStories(lang)]);
	return districts.flatMap((district) =>
		paginate(stories.filter((story) => story.data.district === district.id), STORIES_PER_PAGE).map((page) => ({
			params: { path: page.number === 1 ? district.id : `${district.id}/${page.number}` },
			props: { district, page },
		})),
	);
}

export async function businessPaths() {
	return (await getBusinesses()).map((business) => ({ params: { id: business.id }, props: { business } }));
}

export async function authorPaths() {
	return (await getAuthors()).map((author) => ({ params: { id: author.id }, props: { author } }));
}

export async function tagPaths(lang: Language) {
	return (await getTags(lang)).map((tag) => ({ params: { slug: tag.slug }, props: { tag } }));
}
