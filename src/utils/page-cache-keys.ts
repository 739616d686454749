/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs). A page whose `getStaticPaths` key and whose code (with
 * the hashed names of the images it imports) are both unchanged is copied
 * from the previous build instead of rendered again. A key must therefore
 * change whenever anything the page shows could change; a page served stale
 * is worse than a slow build.
 *
 * Each page's key covers the stories it shows and the districts, businesses
 * and authors any page can name (few, rarely edited, so all of them count).
 * A list page (a page of the story index, of a district, a tag or an author)
 * shows its stories' cards and how many pages the list has; a story's own
 * page its text and the related stories; its embed card nothing but itself.
 * So correcting a text re-renders one page, and a new title re-renders the
 * story's pages, the few that list it as related, and the list pages it is on,
 * while the thousands of others are copied.
 */
import { createHash } from 'node:crypto';

interface DataEntry {
	id: string;
	data: unknown;
}

interface PublicStory {
	lang: string;
	slug: string;
	data: unknown;
	languages: readonly string[];
}

export interface ReferenceData {
	districts: readonly DataEntry[];
	businesses: readonly DataEntry[];
	authors: readonly DataEntry[];
	/** The pages about the site: every page's footer links to them by title. */
	pages?: readonly DataEntry[];
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

const byId = (entries: readonly DataEntry[]) => [...entries].sort((a, b) => a.id.localeCompare(b.id)).map(({ id, data }) => ({ id, data }));

/** What pages show of a story: everything but its text (`body`), which only its own page shows. */
const publicFields = ({ lang, slug, data, languages }: PublicStory) => ({ lang, slug, data, languages });

/**
 * A digest of the districts, businesses and authors: a story page names its
 * own, and the related story cards name theirs. They are few and rarely
 * edited, so all of them count; so do the pages about the site, whose titles
 * every footer shows.
 */
export function referenceDataKey(site: ReferenceData): string {
	return digest(JSON.stringify({ districts: byId(site.districts), businesses: byId(site.businesses), authors: byId(site.authors), pages: byId(site.pages ?? []) }));
}

/**
 * A story page's key: the story with its text, the related stories it lists
 * (as `relatedStories` picks them for the page), and the reference data. If
 * StoryPage.astro ever shows more of the site, this key must cover it.
 */
export function storyPageKey(page: { story: PublicStory & { body: string }; related: readonly PublicStory[] }, referenceKey: string): string {
	return digest(JSON.stringify({ story: publicFields(page.story), body: page.story.body, related: page.related.map(publicFields), references: referenceKey }));
}

/**
 * The key of a page that lists some stories: those stories (public ones, in
 * the page's order) and the reference data, which covers the district,
 * business or author the page is about, and the number of pages the list
 * runs to, which its page links show.
 */
export function listPageKey(stories: readonly PublicStory[], referenceKey: string, pageCount = 1): string {
	return digest(JSON.stringify({ stories: stories.map(publicFields), references: referenceKey, pageCount }));
}

/** An embed card's key: it shows its story's title, photo and district name, and nothing else of the site. */
export function embedPageKey(story: PublicStory, districtName: string): string {
	return digest(JSON.stringify({ story: publicFields(story), districtName }));
}
