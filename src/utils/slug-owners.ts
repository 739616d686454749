/**
 * Which entry holds each address of a language, as the last build saw the
 * content: the CMS refuses, before saving, a slug another story or district
 * already has (the same rule the content check applies to the files).
 */
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import type { LocalizedSection } from './routes.ts';

/** An address's owner: its file name, and a title editors recognise. */
export interface SlugOwner {
	id: string;
	name: string;
}

/** Per section and language, the owner of each live or former slug. */
export type SlugOwners = Record<LocalizedSection, Partial<Record<Language, Record<string, SlugOwner>>>>;

interface StoryFileLike {
	lang: Language;
	id: string;
	data: { title?: string; slug?: string; formerSlugs?: string[] };
}

interface DistrictLike {
	id: string;
	data: { name: Partial<Record<Language, string>>; slug?: Partial<Record<Language, string>>; formerSlugs?: Partial<Record<Language, string[]>> };
}

/** Every address of every story file (drafts and untranslated files included, as the check counts them) and district. */
export function slugOwners(stories: readonly StoryFileLike[], districts: readonly DistrictLike[]): SlugOwners {
	const owners: SlugOwners = { stories: {}, districts: {} };
	const claim = (section: LocalizedSection, lang: Language, slugs: readonly string[], owner: SlugOwner) => {
		const table = (owners[section][lang] ??= {});
		for (const slug of slugs) table[slug] ??= owner;
	};
	for (const { lang, id, data } of stories) claim('stories', lang, [data.slug ?? id, ...(data.formerSlugs ?? [])], { id, name: data.title ?? id });
	for (const { id, data } of districts) {
		for (const lang of LANGUAGES) claim('districts', lang, [data.slug?.[lang] ?? id, ...(data.formerSlugs?.[lang] ?? [])], { id, name: data.name[lang] ?? id });
	}
	return owners;
}
