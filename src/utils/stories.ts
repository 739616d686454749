/**
 * The publishing rules for stories, as pure functions over story files. The
 * CMS writes an untranslated twin for every story and drafts live next to
 * published stories, so "what is public in which language" is decided here,
 * once, for pages, feeds, the sitemap and search alike.
 */
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import type { StoryData } from '../schemas/content.ts';
import type { Addressable } from './routes.ts';

/** One language file of a story, as read from `content/stories/<lang>/<slug>.mdx`. */
export interface StoryFile<Entry = unknown> {
	lang: Language;
	slug: string;
	data: StoryData;
	body: string;
	/** What the caller needs to render the file later (an Astro collection entry). */
	entry?: Entry;
}

/** A story file that is public: translated, not a draft, with its text fields guaranteed. */
export interface PublishedStory<Entry = unknown> extends StoryFile<Entry> {
	data: StoryData & { title: string; description: string; hero: { image: string; alt: string } };
	/** Languages in which this same story is published, this one included. */
	languages: Language[];
	/** Its file name and the URL slug each published language file sets, for every link to it in any language. */
	address: Addressable;
}

/** A file with no title, description or body is the CMS stub for a language nobody translated yet. */
export function isTranslated(file: { data: Pick<StoryData, 'title' | 'description'>; body: string }): boolean {
	return file.data.title !== undefined && file.data.description !== undefined && file.body.trim() !== '';
}

function isPublishable<Entry>(file: StoryFile<Entry>, draftSlugs: Set<string>): boolean {
	return isTranslated(file) && !draftSlugs.has(file.slug) && file.data.hero.alt !== undefined;
}

/**
 * All public story files, newest first. A draft flag in either language holds
 * back both, so a story never goes live half-approved.
 */
export function publishedStories<Entry>(files: StoryFile<Entry>[]): PublishedStory<Entry>[] {
	const draftSlugs = new Set(files.filter((file) => file.data.draft).map((file) => file.slug));
	const publishable = files.filter((file) => isPublishable(file, draftSlugs));
	const languagesBySlug = new Map<string, Language[]>();
	const urlSlugs = new Map<string, Partial<Record<Language, string>>>();
	for (const file of publishable) {
		languagesBySlug.set(file.slug, [...(languagesBySlug.get(file.slug) ?? []), file.lang]);
		if (file.data.slug) urlSlugs.set(file.slug, { ...urlSlugs.get(file.slug), [file.lang]: file.data.slug });
	}
	return publishable
		.map((file) => ({
			...file,
			languages: LANGUAGES.filter((lang) => languagesBySlug.get(file.slug)?.includes(lang)),
			address: { id: file.slug, slugs: urlSlugs.get(file.slug) ?? {} },
		}) as PublishedStory<Entry>)
		.sort(byNewest);
}

/** Newest first; ties broken by slug so builds are deterministic. */
export function byNewest(a: Pick<StoryFile, 'data' | 'slug'>, b: Pick<StoryFile, 'data' | 'slug'>): number {
	return b.data.publishDate.getTime() - a.data.publishDate.getTime() || a.slug.localeCompare(b.slug);
}

/** The public stories of one language. */
export function storiesIn<Entry>(stories: readonly PublishedStory<Entry>[], lang: Language): PublishedStory<Entry>[] {
	return stories.filter((story) => story.lang === lang);
}

/** Stories by `<lang>/<district>` and by `<lang>/<business>`: the only ones that can be related. */
interface RelatedIndex {
	byDistrict: Map<string, PublishedStory<unknown>[]>;
	byBusiness: Map<string, PublishedStory<unknown>[]>;
}

const relatedIndexes = new WeakMap<readonly PublishedStory<unknown>[], RelatedIndex>();

/**
 * Built once per list of candidates (the build passes the same list for every
 * story page, and never changes it): scanning every story for every story
 * page grew with the square of the site, a second at 1,000 stories per language.
 */
function relatedIndex(candidates: readonly PublishedStory<unknown>[]): RelatedIndex {
	let index = relatedIndexes.get(candidates);
	if (!index) {
		index = { byDistrict: new Map(), byBusiness: new Map() };
		const add = (map: Map<string, PublishedStory<unknown>[]>, key: string, story: PublishedStory<unknown>) => map.set(key, [...(map.get(key) ?? []), story]);
		for (const story of candidates) {
			add(index.byDistrict, `${story.lang}/${story.data.district}`, story);
			for (const business of new Set(story.data.businesses)) add(index.byBusiness, `${story.lang}/${business}`, story);
		}
		relatedIndexes.set(candidates, index);
	}
	return index;
}

/**
 * Stories a reader of this one may want next: same business first, then same
 * district, newest first within each group, never the story itself.
 */
export function relatedStories<Entry>(story: PublishedStory<Entry>, candidates: readonly PublishedStory<Entry>[], limit = 3): PublishedStory<Entry>[] {
	const index = relatedIndex(candidates);
	const sameBusiness = new Set(story.data.businesses.flatMap((business) => index.byBusiness.get(`${story.lang}/${business}`) ?? []));
	const sameDistrict = index.byDistrict.get(`${story.lang}/${story.data.district}`) ?? [];
	const score = (other: PublishedStory<unknown>) => (sameBusiness.has(other) ? 2 : 0) + (other.data.district === story.data.district ? 1 : 0);
	return ([...new Set([...sameBusiness, ...sameDistrict])] as PublishedStory<Entry>[])
		.filter((other) => other.slug !== story.slug)
		.sort((a, b) => score(b) - score(a) || byNewest(a, b))
		.slice(0, limit);
}

export interface BacklogItem {
	slug: string;
	writtenIn: Language[];
	missing: Language[];
	draft: boolean;
}

/** Stories that exist in one language only: the translators' to-do list. */
export function translationBacklog(files: StoryFile[]): BacklogItem[] {
	const slugs = [...new Set(files.map((file) => file.slug))].sort();
	return slugs
		.map((slug) => {
			const own = files.filter((file) => file.slug === slug);
			const writtenIn = LANGUAGES.filter((lang) => own.some((file) => file.lang === lang && isTranslated(file)));
			return { slug, writtenIn, missing: LANGUAGES.filter((lang) => !writtenIn.includes(lang)), draft: own.some((file) => file.data.draft) };
		})
		.filter((item) => item.missing.length > 0 && item.writtenIn.length > 0);
}
