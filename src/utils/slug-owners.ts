/**
 * Which entry holds each address of a language: its live slug (the file name
 * when it sets none) and its former slugs. The content check refuses two
 * claims on one address; the CMS refuses, before saving, a slug the last
 * build saw taken (the same rule, from the same claims).
 */
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import type { LocalizedSection } from './routes.ts';

interface StoryFileLike {
	lang: Language;
	id: string;
	data: { title?: string; slug?: string; formerSlugs?: string[] };
}

interface DistrictLike {
	id: string;
	data: { name: Partial<Record<Language, string>>; slug?: Partial<Record<Language, string>>; formerSlugs?: Partial<Record<Language, string[]>> };
}

/** One address an entry holds in a language. */
export interface SlugClaim {
	section: LocalizedSection;
	lang: Language;
	slug: string;
	/** The entry's file name, and a title editors recognise. */
	id: string;
	name: string;
	former: boolean;
	/** Where the slug is written in the file; none when the file name is the address. */
	path?: (string | number)[];
}

/** Every address of every story file (drafts and untranslated files included) and district, in file order. */
export function slugClaims(stories: readonly StoryFileLike[], districts: readonly DistrictLike[]): SlugClaim[] {
	const ofStories = stories.flatMap(({ lang, id, data }): SlugClaim[] => {
		const common = { section: 'stories', lang, id, name: data.title ?? id } as const;
		return [
			{ ...common, slug: data.slug ?? id, former: false, ...(data.slug ? { path: ['slug'] } : {}) },
			...(data.formerSlugs ?? []).map((slug, index) => ({ ...common, slug, former: true, path: ['formerSlugs', index] })),
		];
	});
	const ofDistricts = districts.flatMap(({ id, data }) =>
		LANGUAGES.flatMap((lang): SlugClaim[] => {
			const common = { section: 'districts', lang, id, name: data.name[lang] ?? id } as const;
			const own = data.slug?.[lang];
			return [
				{ ...common, slug: own ?? id, former: false, ...(own ? { path: ['slug', lang] } : {}) },
				...(data.formerSlugs?.[lang] ?? []).map((slug, index) => ({ ...common, slug, former: true, path: ['formerSlugs', lang, index] })),
			];
		}),
	);
	return [...ofStories, ...ofDistricts];
}

/** An address's owner, as the CMS names it. */
export interface SlugOwner {
	id: string;
	name: string;
}

/** Per section and language, the owner of each live or former slug. */
export type SlugOwners = Record<LocalizedSection, Partial<Record<Language, Record<string, SlugOwner>>>>;

/** The claims as a lookup table for the CMS; the first claim on an address owns it. */
export function slugOwners(stories: readonly StoryFileLike[], districts: readonly DistrictLike[]): SlugOwners {
	const owners: SlugOwners = { stories: {}, districts: {} };
	for (const { section, lang, slug, id, name } of slugClaims(stories, districts)) (owners[section][lang] ??= {})[slug] ??= { id, name };
	return owners;
}
