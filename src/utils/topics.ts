/**
 * Topics are one bilingual vocabulary (content/topics): stories, businesses
 * and districts name them by id, and each language shows and links them by
 * their name in that language. Grouping and URL segments are decided here once.
 */
import type { Language } from '../i18n/languages.ts';
import { slugify } from './slugs.ts';

/** A topic's URL segment in a language: its name there made ASCII, or its id when the name has no letter or digit. */
export function topicSlug(id: string, name: string): string {
	return slugify(name) || id;
}

/** A topic as a page names and links it in one language. */
export interface TopicLabel {
	id: string;
	slug: string;
	label: string;
}

export interface TopicGroup<Story, Business, District> extends TopicLabel {
	description?: string;
	stories: Story[];
	businesses: Business[];
	districts: District[];
}

export interface TopicEntry {
	id: string;
	data: { name: Record<Language, string>; description?: Partial<Record<Language, string>> };
}

/** Resolves ids to labels in `lang`, in the order the editor listed them; unknown ids (refused by the checker) are skipped. */
export function topicLabels(ids: readonly string[], topics: ReadonlyMap<string, TopicEntry>, lang: Language): TopicLabel[] {
	return [...new Set(ids)].flatMap((id) => {
		const topic = topics.get(id);
		return topic ? [{ id, slug: topicSlug(id, topic.data.name[lang]), label: topic.data.name[lang] }] : [];
	});
}

interface Tagged<T> {
	item: T;
	ids: readonly string[];
}

/** Groups one language's stories, businesses and districts by topic; topics nobody names get no group (and no page). Sorted by name. */
export function groupByTopic<Story, Business, District>(
	topics: readonly TopicEntry[],
	lang: Language,
	entries: { stories: Tagged<Story>[]; businesses: Tagged<Business>[]; districts: Tagged<District>[] },
): TopicGroup<Story, Business, District>[] {
	const groups = new Map<string, TopicGroup<Story, Business, District>>(
		topics.map((topic) => {
			const description = topic.data.description?.[lang];
			return [topic.id, { id: topic.id, slug: topicSlug(topic.id, topic.data.name[lang]), label: topic.data.name[lang], ...(description ? { description } : {}), stories: [], businesses: [], districts: [] }];
		}),
	);
	const add = <T>(tagged: Tagged<T>[], listOf: (group: TopicGroup<Story, Business, District>) => T[]) => {
		for (const { item, ids } of tagged) for (const id of new Set(ids)) if (groups.has(id)) listOf(groups.get(id)!).push(item);
	};
	add(entries.stories, (group) => group.stories);
	add(entries.businesses, (group) => group.businesses);
	add(entries.districts, (group) => group.districts);
	return [...groups.values()].filter((group) => group.stories.length + group.businesses.length + group.districts.length > 0).sort((a, b) => a.label.localeCompare(b.label, lang));
}
