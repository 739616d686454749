/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs). A page whose `getStaticPaths` key and whose code (with
 * the hashed names of the images it imports) are both unchanged is copied
 * from the previous build instead of rendered again. A key must therefore
 * change whenever anything the page shows could change; a page served stale
 * is worse than a slow build.
 *
 * Lists show each other's data everywhere: story cards carry the title, date
 * and photo of other stories, lists count stories per district. So the key
 * of a list page (home, story index, district, author and tag pages) covers
 * the data of every published story and of every district, business and
 * author. The pages most of the site is made of are narrower: a story's own
 * page shows of other stories only the related ones, its embed card nothing
 * but itself, and a business's page only the business's own stories. A story's text is shown
 * on its own page alone. So correcting a text re-renders one page, and a new
 * title re-renders the story's pages, the few that list it as related, and
 * the list pages, while the thousands of others are copied.
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

export interface SiteData {
	/** Public stories only, in the order pages list them: what is not public shows nowhere. */
	stories: readonly PublicStory[];
	districts: readonly DataEntry[];
	businesses: readonly DataEntry[];
	authors: readonly DataEntry[];
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

const byId = (entries: readonly DataEntry[]) => [...entries].sort((a, b) => a.id.localeCompare(b.id)).map(({ id, data }) => ({ id, data }));

/**
 * The key of every list page: a digest of all the data any page can show.
 * Dates serialise as ISO strings, so a moved publish date changes the key.
 */
export function siteDataKey(site: SiteData): string {
	return digest(JSON.stringify({ stories: site.stories.map(publicFields), references: referenceDataKey(site) }));
}

/** What pages show of a story: everything but its text (`body`), which only its own page shows. */
const publicFields = ({ lang, slug, data, languages }: PublicStory) => ({ lang, slug, data, languages });

/**
 * A digest of the districts, businesses and authors: a story page names its
 * own, and the related story cards name theirs. They are few and rarely
 * edited, so all of them count.
 */
export function referenceDataKey(site: Omit<SiteData, 'stories'>): string {
	return digest(JSON.stringify({ districts: byId(site.districts), businesses: byId(site.businesses), authors: byId(site.authors) }));
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
 * The key of a page that lists only some stories (a business's page lists the
 * business's own): those stories and the reference data, which covers the
 * entry the page is about.
 */
export function listPageKey(stories: readonly PublicStory[], referenceKey: string): string {
	return digest(JSON.stringify({ stories: stories.map(publicFields), references: referenceKey }));
}

/** An embed card's key: it shows its story's title, photo and district name, and nothing else of the site. */
export function embedPageKey(story: PublicStory, districtName: string): string {
	return digest(JSON.stringify({ story: publicFields(story), districtName }));
}
