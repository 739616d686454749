/**
 * View models of the language homes and the section indexes (districts,
 * businesses, tags): what each shows, computed before rendering, so these
 * pages too are copied from the previous build while their model holds.
 */
import type { Language } from '../../i18n/languages.ts';
import { keyed } from '../../utils/digest.ts';
import { getDistricts, getIndexes, getStories, getTopics, type DistrictEntry } from '../content.ts';
import { storyCards, type StoryCardView } from './cards.ts';

export interface HomeView {
	featured: StoryCardView[];
	latest: StoryCardView[];
	districts: DistrictEntry[];
}

/** The language home: up to three featured stories, the six latest others, every district. */
export async function homePaths(lang: Language) {
	const [stories, districtList, { districts }] = await Promise.all([getStories(lang), getDistricts(lang), getIndexes()]);
	const featured = stories.filter((story) => story.data.featured).slice(0, 3);
	const latest = stories.filter((story) => !featured.includes(story)).slice(0, 6);
	const view: HomeView = { featured: storyCards(featured, districts), latest: storyCards(latest, districts), districts: districtList };
	return [keyed({}, { view })];
}

/** The districts' map and grid. */
export async function districtsIndexPaths(lang: Language) {
	return [keyed({}, { view: { districts: await getDistricts(lang) } })];
}

/** Every topic of the language that has a page, with how many entries carry it. */
export async function tagsIndexPaths(lang: Language) {
	const tags = (await getTopics(lang)).map((tag) => ({ slug: tag.slug, label: tag.label, count: tag.stories.length + tag.businesses.length + tag.districts.length }));
	return [keyed({}, { view: { tags } })];
}
