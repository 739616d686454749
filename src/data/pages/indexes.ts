/**
 * View models of the language homes and the section indexes (districts,
 * businesses, tags): what each shows, computed before rendering, so these
 * pages too are copied from the previous build while their model holds.
 */
import { otherLanguages, type Language } from '../../i18n/languages.ts';
import { useTranslations, type UiKey } from '../../i18n/translate.ts';
import { STORY_KINDS } from '../../schemas/content.ts';
import type { FilterTranslation } from '../../utils/search-state.ts';
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

export interface SearchView {
	/** Per other language, its words for this language's filter values, so the switch keeps the reader's filters. */
	switchFilters: Partial<Record<Language, FilterTranslation>>;
}

/** The search page: what its language switch needs to carry a search across. */
export async function searchPaths(lang: Language) {
	const [districts, { topics }] = await Promise.all([getDistricts(lang), getIndexes()]);
	const t = useTranslations(lang);
	const pairs = (keys: readonly UiKey[], other: (key: UiKey) => string) => Object.fromEntries(keys.map((key) => [t(key), other(key)]));
	const switchFilters = Object.fromEntries(
		otherLanguages(lang).map((other) => {
			const there = useTranslations(other);
			const translation: FilterTranslation = {
				type: pairs(['search.type.story', 'search.type.business', 'search.type.district'], there),
				kind: pairs(STORY_KINDS.map((kind) => `story.kind.${kind}` as const), there),
				visits: pairs(['directory.visit.buyers', 'directory.visit.public'], there),
				district: Object.fromEntries(districts.map((district) => [district.data.name[lang], district.data.name[other]])),
				tag: Object.fromEntries([...topics.values()].map((topic) => [topic.data.name[lang], topic.data.name[other]])),
			};
			return [other, translation];
		}),
	);
	const view: SearchView = { switchFilters };
	return [keyed({}, { view })];
}

/** Every topic of the language that has a page, with how many entries carry it. */
export async function tagsIndexPaths(lang: Language) {
	const tags = (await getTopics(lang)).map((tag) => ({ slug: tag.slug, label: tag.label, count: tag.stories.length + tag.businesses.length + tag.districts.length }));
	return [keyed({}, { view: { tags } })];
}
