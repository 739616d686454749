/**
 * View models of the pages that list stories: the story index, a district, a
 * business, an author and a tag. Each holds the cards it shows, the entries it
 * names and the head's entity; its key is the model's digest.
 */
import { LANGUAGES, type Language, type VisitKind } from '../../i18n/languages.ts';
import { inLanguages, type Translations } from '../../utils/alternates.ts';
import { keyed } from '../../utils/digest.ts';
import { paginate, type Page } from '../../utils/pagination.ts';
import { addressOf, entryUrl, urlSlug, type Addressable } from '../../utils/routes.ts';
import type { District } from '../../schemas/content.ts';
import { businessCard, receivingFirst, visitKinds, type BusinessCardView } from '../../utils/directory.ts';
import { directionsLinks, type DirectionLink } from '../../utils/maps.ts';
import { topicLabels, type TopicLabel } from '../../utils/topics.ts';
import { getAuthors, getBusinesses, getDistricts, getIndexes, getPageLinks, getStories, getTopics, type AuthorEntry, type BusinessEntry, type DistrictEntry, type Story, type TopicEntry } from '../content.ts';
import { storyCards, type StoryCardView } from './cards.ts';
import { authorEntity, businessEntity, districtEntity, type PageEntity } from './head-entity.ts';
import { reportView, type ReportView } from './trust.ts';

export const STORIES_PER_PAGE = 12;

/** A business as a list names it: where it is and what it makes. */
export interface BusinessItem {
	id: string;
	name: string;
	town: string;
	province: string;
	sectors: string[];
	districtName: string;
}

function businessItem(business: BusinessEntry, districts: ReadonlyMap<string, DistrictEntry>, topics: ReadonlyMap<string, TopicEntry>, lang: Language): BusinessItem {
	const { name, town, province, sectors, district } = business.data;
	return { id: business.id, name, town, province, sectors: topicLabels(sectors, topics, lang).map((sector) => sector.label), districtName: districts.get(district)?.data.name[lang] ?? '' };
}

/** The stories index and its numbered pages: `/it/storie/`, `/it/storie/2/` … */
export async function storyListPaths(lang: Language) {
	const [stories, { districts }, everyLanguage] = await Promise.all([getStories(lang), getIndexes(), storiesOfEveryLanguage()]);
	const pagesIn = listLengths((other) => everyLanguage[other]);
	return paginate(storyCards(stories, districts), STORIES_PER_PAGE).map((page) => keyed({ page: page.number === 1 ? undefined : String(page.number) }, { page, pagesIn }));
}

/** The published stories of every language, read once for the page counts of every list. */
async function storiesOfEveryLanguage(): Promise<Record<Language, Story[]>> {
	return Object.fromEntries(await Promise.all(LANGUAGES.map(async (lang) => [lang, await getStories(lang)] as const))) as Record<Language, Story[]>;
}

/** How many pages a story list has in each language, so the language switch of page 3 can land on page 3 where it exists. */
function listLengths(storiesIn: (lang: Language) => readonly unknown[]): Record<Language, number> {
	return Object.fromEntries(LANGUAGES.map((lang) => [lang, Math.max(1, Math.ceil(storiesIn(lang).length / STORIES_PER_PAGE))])) as Record<Language, number>;
}

export interface DistrictPageView {
	district: DistrictEntry;
	sectors: TopicLabel[];
	/** The district's businesses, those receiving buyers or the public first. */
	businesses: BusinessCardView[];
	page: Page<StoryCardView>;
	/** The number of pages of this district's list in each language. */
	pagesIn: Record<Language, number>;
	entity: PageEntity;
}

/** Each district, with its stories paginated: `/it/distretti/sassuolo/`, `/it/distretti/sassuolo/2/` … */
export async function districtPaths(lang: Language) {
	const [districtList, stories, businesses, { districts, topics }, everyLanguage] = await Promise.all([getDistricts(lang), getStories(lang), getBusinesses(), getIndexes(), storiesOfEveryLanguage()]);
	return districtList.flatMap((district) => {
		const pagesIn = listLengths((other) => everyLanguage[other].filter((story) => story.data.district === district.id));
		const own = receivingFirst(businesses.filter((business) => business.data.district === district.id).map((business) => businessCard(business, districts, topics, lang)));
		const sectors = topicLabels(district.data.sectors, topics, lang);
		const cards = storyCards(stories.filter((story) => story.data.district === district.id), districts);
		const slug = urlSlug(addressOf(district), lang);
		return paginate(cards, STORIES_PER_PAGE).map((page) => {
			const view: DistrictPageView = { district, sectors, businesses: own, page, pagesIn, entity: districtEntity(district, lang, page.number) };
			return keyed({ path: page.number === 1 ? slug : `${slug}/${page.number}` }, { view });
		});
	});
}

export interface BusinessPageView {
	business: BusinessEntry;
	sectors: TopicLabel[];
	visits: VisitKind[];
	directions: DirectionLink[];
	district: Addressable & { name: string; cover: string };
	stories: StoryCardView[];
	entity: PageEntity;
	report: ReportView;
}

/** One page per business and language, with its stories in that language. */
export async function businessPaths(lang: Language) {
	const [businesses, stories, { districts, topics }, links] = await Promise.all([getBusinesses(), getStories(lang), getIndexes(), getPageLinks(lang)]);
	return businesses.map((business) => {
		const district = districts.get(business.data.district)!;
		const sectors = topicLabels(business.data.sectors, topics, lang);
		const view: BusinessPageView = {
			business,
			sectors,
			visits: visitKinds(business.data.visits),
			directions: directionsLinks(business.data.coordinates, business.data.name),
			district: { ...addressOf(district), name: district.data.name[lang], cover: district.data.cover.image },
			stories: storyCards(stories.filter((story) => story.data.businesses.includes(business.id)), districts),
			entity: businessEntity(business, district, sectors, lang),
			report: reportView(lang, business.data.name, entryUrl(lang, 'businesses', business.id), links),
		};
		return keyed({ id: business.id }, { view });
	});
}

export interface AuthorPageView {
	author: AuthorEntry;
	stories: StoryCardView[];
	entity: PageEntity;
}

/** One page per author and language, listing the author's stories in that language. */
export async function authorPaths(lang: Language) {
	const [authors, stories, { districts }] = await Promise.all([getAuthors(), getStories(lang), getIndexes()]);
	return authors.map((author) => {
		const view: AuthorPageView = { author, stories: storyCards(stories.filter((story) => story.data.author === author.id), districts), entity: authorEntity(author) };
		return keyed({ id: author.id }, { view });
	});
}

export interface TagPageView {
	slug: string;
	label: string;
	description?: string;
	/** The same topic's page in each language where something names it. */
	translations: Translations;
	stories: StoryCardView[];
	businesses: BusinessItem[];
	districts: (Addressable & { name: string; region: District['region'] })[];
}

/** One page per topic that something of the language names: its stories, businesses and districts. */
export async function tagPaths(lang: Language) {
	const [perLanguage, { districts, topics }] = await Promise.all([Promise.all(LANGUAGES.map(getTopics)), getIndexes()]);
	const own = perLanguage[LANGUAGES.indexOf(lang)] ?? [];
	return own.map((topic) => {
		const slugs = new Map(LANGUAGES.flatMap((other, index) => (perLanguage[index] ?? []).filter((group) => group.id === topic.id).map((group) => [other, group.slug] as const)));
		const view: TagPageView = {
			slug: topic.slug,
			label: topic.label,
			...(topic.description ? { description: topic.description } : {}),
			translations: inLanguages([...slugs.keys()], (other) => entryUrl(other, 'tags', slugs.get(other)!)),
			stories: storyCards(topic.stories, districts),
			businesses: topic.businesses.map((business) => businessItem(business, districts, topics, lang)),
			districts: topic.districts.map((district) => ({ ...addressOf(district), name: district.data.name[lang], region: district.data.region })),
		};
		return keyed({ slug: topic.slug }, { view });
	});
}
