/**
 * The only module that talks to `astro:content`. Pages ask it for ready,
 * published, sorted data; the publishing rules themselves are pure functions
 * in `utils/stories.ts` so they can be tested without a build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Language } from '../i18n/languages.ts';
import { publishedStories, storiesIn, type PublishedStory, type StoryFile } from '../utils/stories.ts';

export type StoryEntry = CollectionEntry<'stories'>;
export type Story = PublishedStory<StoryEntry>;
export type DistrictEntry = CollectionEntry<'districts'>;
export type BusinessEntry = CollectionEntry<'businesses'>;
export type AuthorEntry = CollectionEntry<'authors'>;

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
