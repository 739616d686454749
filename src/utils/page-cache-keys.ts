/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs). A page whose `getStaticPaths` key and whose code (with
 * the hashed names of the images it imports) are both unchanged is copied
 * from the previous build instead of rendered again. A key must therefore
 * change whenever anything the page shows could change; a page served stale
 * is worse than a slow build.
 *
 * Pages show each other's data everywhere: story cards carry the title, date
 * and photo of other stories, the head's JSON-LD names districts and
 * businesses, lists count stories per district. So every key covers the data
 * of every published story and of every district, business and author. What
 * no page shows of another story is its text: only a story's own page reads
 * its body (the text and the reading time). Correcting a story's text, the
 * most common edit, re-renders that story's page and copies the thousands of
 * others; any change to a title, a date or a district re-renders everything.
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
 * The key shared by every page: a digest of all the data any page can show.
 * Dates serialise as ISO strings, so a moved publish date changes the key.
 */
export function siteDataKey(site: SiteData): string {
	const stories = site.stories.map(({ lang, slug, data, languages }) => ({ lang, slug, data, languages }));
	return digest(JSON.stringify({ stories, districts: byId(site.districts), businesses: byId(site.businesses), authors: byId(site.authors) }));
}

/** A story page's key: the site's data plus its own text, which no other page shows. */
export function storyPageKey(siteKey: string, body: string): string {
	return `${siteKey}.${digest(body)}`;
}
