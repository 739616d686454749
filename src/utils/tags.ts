/**
 * Tags of stories and sectors of businesses and districts share one page per
 * word and language, so a buyer looking at "ceramica" finds the stories and
 * the firms together. Words are grouped by their slug, so "Città" and
 * "citta" land on the same page.
 */
import { slugify } from './slugs.ts';

export interface TagGroup<Story, Business, District> {
	slug: string;
	/** The word as editors wrote it (the first spelling met). */
	label: string;
	stories: Story[];
	businesses: Business[];
	districts: District[];
}

export interface Tagged<T> {
	item: T;
	words: readonly string[];
}

/** One word per slug, the first spelling: an entry tagged "Città" and "citta" is listed once on that page. */
function oneSpellingEach(words: readonly string[]): string[] {
	const bySlug = new Map<string, string>();
	for (const word of words) if (!bySlug.has(slugify(word))) bySlug.set(slugify(word), word);
	return [...bySlug.values()];
}

/** Groups stories, businesses and districts by tag slug, sorted by label. */
export function groupByTag<Story, Business, District>(
	stories: Tagged<Story>[],
	businesses: Tagged<Business>[],
	districts: Tagged<District>[],
	locale: string,
): TagGroup<Story, Business, District>[] {
	const groups = new Map<string, TagGroup<Story, Business, District>>();
	const groupFor = (word: string) => {
		const slug = slugify(word);
		let group = groups.get(slug);
		if (!group) {
			group = { slug, label: word, stories: [], businesses: [], districts: [] };
			groups.set(slug, group);
		}
		return group;
	};
	for (const { item, words } of stories) for (const word of oneSpellingEach(words)) groupFor(word).stories.push(item);
	for (const { item, words } of businesses) for (const word of oneSpellingEach(words)) groupFor(word).businesses.push(item);
	for (const { item, words } of districts) for (const word of oneSpellingEach(words)) groupFor(word).districts.push(item);
	return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, locale));
}
