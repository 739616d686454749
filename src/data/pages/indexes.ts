/**
 * View models of the language homes and the section indexes (districts,
 * businesses, tags): what each shows, computed before rendering, so these
 * pages too are copied from the previous build while their model holds.
 */
import type { Language } from '../../i18n/languages.ts';
import { keyed } from '../../utils/digest.ts';
import { addressOf, type Addressable } from '../../utils/routes.ts';
import { getBusinesses, getDistricts, getIndexes, getStories, getTags, type DistrictEntry } from '../content.ts';
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

export interface BusinessesIndexView {
	/** Districts that have businesses, by name in the language, each with its businesses. */
	groups: (Addressable & { name: string; businesses: { id: string; name: string; town: string; makes: string }[] })[];
}

/** Every business, grouped by district. */
export async function businessesIndexPaths(lang: Language) {
	const [businesses, districts] = await Promise.all([getBusinesses(), getDistricts(lang)]);
	const groups = districts
		.map((district) => ({
			...addressOf(district),
			name: district.data.name[lang],
			businesses: businesses.filter((business) => business.data.district === district.id).map(({ id, data }) => ({ id, name: data.name, town: data.town, makes: data.makes[lang] })),
		}))
		.filter((group) => group.businesses.length > 0);
	const view: BusinessesIndexView = { groups };
	return [keyed({}, { view })];
}

/** Every tag of the language with how many entries carry it. */
export async function tagsIndexPaths(lang: Language) {
	const tags = (await getTags(lang)).map((tag) => ({ slug: tag.slug, label: tag.label, count: tag.stories.length + tag.businesses.length + tag.districts.length }));
	return [keyed({}, { view: { tags } })];
}
