/**
 * `getStaticPaths` for each page type, shared by the Italian and English
 * route files so each language's URL folder stays a few lines long. Each path
 * carries the `cacheKey` that lets the incremental build copy an unchanged
 * page from the previous build (`utils/page-cache-keys.ts`).
 */
import type { Language } from '../i18n/languages.ts';
import { paginate } from '../utils/pagination.ts';
import { listPageKey, storyPageKey } from '../utils/page-cache-keys.ts';
import { relatedStories } from '../utils/stories.ts';
import { getAllStories, getAuthors, getBusinesses, getDistricts, getReferenceDataKey, getSitePages, getStories, getTags } from './content.ts';

export const STORIES_PER_PAGE = 12;

/** One page per public story of the language; its key covers the related stories the page lists, as StoryPage picks them. */
export async function storyPaths(lang: Language) {
	const [stories, everyStory, referenceKey] = await Promise.all([getStories(lang), getAllStories(), getReferenceDataKey()]);
	return stories.map((story) => ({ params: { slug: story.slug }, props: { story }, cacheKey: storyPageKey({ story, related: relatedStories(story, everyStory) }, referenceKey) }));
}

/** The stories index and its numbered pages: `/it/storie/`, `/it/storie/2/` … Each page's key covers its own stories. */
export async function storyListPaths(lang: Language) {
	const [stories, referenceKey] = await Promise.all([getStories(lang), getReferenceDataKey()]);
	return paginate(stories, STORIES_PER_PAGE).map((page) => ({
		params: { page: page.number === 1 ? undefined : String(page.number) },
		props: { page },
		cacheKey: listPageKey(page.items, referenceKey, page.total),
	}));
}

/** Each district, with its stories paginated: `/it/distretti/sassuolo/`, `/it/distretti/sassuolo/2/` … */
export async function districtPaths(lang: Language) {
	const [districts, stories, referenceKey] = await Promise.all([getDistricts(lang), getStories(lang), getReferenceDataKey()]);
	return districts.flatMap((district) =>
		paginate(stories.filter((story) => story.data.district === district.id), STORIES_PER_PAGE).map((page) => ({
			params: { path: page.number === 1 ? district.id : `${district.id}/${page.number}` },
			props: { district, page },
			cacheKey: listPageKey(page.items, referenceKey, page.total),
		})),
	);
}

/** One page per business and language; it lists the business's stories in that language, which its key covers. */
export async function businessPaths(lang: Language) {
	const [businesses, stories, referenceKey] = await Promise.all([getBusinesses(), getStories(lang), getReferenceDataKey()]);
	return businesses.map((business) => {
		const own = stories.filter((story) => story.data.businesses.includes(business.id));
		return { params: { id: business.id }, props: { lang, business, stories: own }, cacheKey: listPageKey(own, referenceKey) };
	});
}

/** One page per author and language, listing the author's stories in that language. */
export async function authorPaths(lang: Language) {
	const [authors, stories, referenceKey] = await Promise.all([getAuthors(), getStories(lang), getReferenceDataKey()]);
	return authors.map((author) => {
		const own = stories.filter((story) => story.data.author === author.id);
		return { params: { id: author.id }, props: { author, stories: own }, cacheKey: listPageKey(own, referenceKey) };
	});
}

/** One page per tag of the language; its businesses and districts are reference data, its stories in its key. */
export async function tagPaths(lang: Language) {
	const [tags, referenceKey] = await Promise.all([getTags(lang), getReferenceDataKey()]);
	return tags.map((tag) => ({ params: { slug: tag.slug }, props: { tag }, cacheKey: listPageKey(tag.stories, referenceKey) }));
}

/** One page per public page about the site and language: `/it/chi-siamo/metodo/`. Few and small, so they have no key and are rendered in every build. */
export async function sitePagePaths(lang: Language) {
	const pages = await getSitePages();
	return pages.filter((page) => page.lang === lang).map((page) => ({ params: { id: page.id }, props: { page } }));
}
