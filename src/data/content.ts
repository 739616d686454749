/**
 * The only module that talks to `astro:content`. Pages ask it for ready,
 * published, sorted data; the publishing rules themselves are pure functions
 * in `utils/stories.ts` so they can be tested without a build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Language } from '../i18n/languages.ts';
import { publishedStories, storiesIn, type PublishedStory, type StoryFile } from '../utils/stories.ts';
import { groupByTopic, type TopicGroup } from '../utils/topics.ts';
import { pageLinks, publishedPages, type PageLink, type PublishedPage } from '../utils/site-pages.ts';
import { recheckBacklog, type RecheckItem } from '../utils/recheck-backlog.ts';

export type StoryEntry = CollectionEntry<'stories'>;
export type Story = PublishedStory<StoryEntry>;
export type DistrictEntry = CollectionEntry<'districts'>;
export type BusinessEntry = CollectionEntry<'businesses'>;
export type AuthorEntry = CollectionEntry<'authors'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type Topic = TopicGroup<Story, BusinessEntry, DistrictEntry>;
export type SitePage = PublishedPage<CollectionEntry<'pages'>>;

/** Splits a `<lang>/<slug>` entry id; the folder is the only source of a file's language. */
function toStoryFile(entry: StoryEntry): StoryFile<StoryEntry> {
	const [lang, slug] = entry.id.split('/') as [Language, string];
	return { lang, slug, data: entry.data, body: entry.body ?? '', entry };
}

let published: Promise<Story[]> | undefined;

/** Every public story in every language, newest first (computed once per build). */
export function getAllStories(): Promise<Story[]> {
	published ??= getCollection('stories').then((entries) => publishedStories(entries.map(toStoryFile)));
	return published;
}

/** The public stories of one language, newest first. */
export async function getStories(lang: Language): Promise<Story[]> {
	return storiesIn(await getAllStories(), lang);
}

/** Districts sorted by name in the reader's language. */
export async function getDistricts(lang: Language): Promise<DistrictEntry[]> {
	const districts = await getCollection('districts');
	return districts.sort((a, b) => a.data.name[lang].localeCompare(b.data.name[lang], lang));
}

/** Businesses sorted by name. */
export async function getBusinesses(): Promise<BusinessEntry[]> {
	const businesses = await getCollection('businesses');
	return businesses.sort((a, b) => a.data.name.localeCompare(b.data.name, 'it'));
}

/** Authors sorted by name. */
export async function getAuthors(): Promise<AuthorEntry[]> {
	const authors = await getCollection('authors');
	return authors.sort((a, b) => a.data.name.localeCompare(b.data.name, 'it'));
}

/** Lookup tables by id, for pages that show names of referenced entries. */
export async function getIndexes() {
	const [districts, businesses, authors, topics] = await Promise.all([getCollection('districts'), getCollection('businesses'), getCollection('authors'), getCollection('topics')]);
	const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
	return { districts: byId(districts), businesses: byId(businesses), authors: byId(authors), topics: byId(topics) };
}

/** The topics that have a page in one language (something of that language names them), with their stories, businesses and districts, by name. */
export async function getTopics(lang: Language): Promise<Topic[]> {
	const [stories, businesses, districts, topics] = await Promise.all([getStories(lang), getBusinesses(), getDistricts(lang), getCollection('topics')]);
	return groupByTopic(topics, lang, {
		stories: stories.map((story) => ({ item: story, ids: story.data.topics })),
		businesses: businesses.map((business) => ({ item: business, ids: business.data.sectors })),
		districts: districts.map((district) => ({ item: district, ids: district.data.sectors })),
	});
}

let sitePages: Promise<SitePage[]> | undefined;

/** The public pages about the site in every language, in footer order (computed once per build). */
export function getSitePages(): Promise<SitePage[]> {
	sitePages ??= getCollection('pages').then((entries) =>
		publishedPages(entries.map((entry) => {
			const [lang, id] = entry.id.split('/') as [Language, string];
			return { lang, id, data: entry.data, body: entry.body ?? '', entry };
		})),
	);
	return sitePages;
}

/** The footer's links to the pages about the site, in the reader's language. */
export async function getPageLinks(lang: Language): Promise<PageLink[]> {
	return pageLinks(await getSitePages(), lang);
}

/** Published stories and businesses whose facts are due for a new check on `today`: the same list `check:content` prints. */
export async function getRecheckBacklog(today: Date, afterMonths: number): Promise<RecheckItem[]> {
	const [stories, businesses] = await Promise.all([getCollection('stories'), getCollection('businesses')]);
	return recheckBacklog({ stories: stories.map(toStoryFile), businesses }, today, afterMonths);
}
