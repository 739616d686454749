/**
 * Turns content (stories, businesses, districts, authors) into the plain
 * inputs of the JSON-LD builders, with absolute URLs and language-independent
 * node ids. Pages call these with what they already loaded.
 */
import type { Language } from '../../i18n/languages.ts';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.ts';
import type { Author, Business, District, StoryData } from '../../schemas/content.ts';
import { entryUrl, type Section } from '../routes.ts';
import { absoluteUrl } from './head.ts';
import { businessLd, districtLd, storyLd, type BusinessRef, type DistrictRef, type ImageRef, type SiteInfo } from './json-ld.ts';
import { OG_HEIGHT, OG_WIDTH, ogImagePath } from './og-image.ts';

interface Entry<T> {
	id: string;
	data: T;
}

function urls(section: Section, id: string, lang: Language, site: URL | string) {
	return { url: absoluteUrl(entryUrl(lang, section, id), site), entityUrl: absoluteUrl(entryUrl(DEFAULT_LANGUAGE, section, id), site) };
}

/** The share card stands in as the page's image: it exists for every entry, at a known size. */
function cardImage(section: Section, id: string, lang: Language, site: URL | string): ImageRef {
	return { url: absoluteUrl(ogImagePath(entryUrl(lang, section, id), lang), site), width: OG_WIDTH, height: OG_HEIGHT };
}

export function districtRef({ id, data }: Entry<District>, lang: Language, site: URL | string): DistrictRef {
	return { ...urls('districts', id, lang, site), name: data.name[lang], region: data.region, coordinates: data.coordinates };
}

export function businessRef({ id, data }: Entry<Business>, lang: Language, site: URL | string): BusinessRef {
	return { ...urls('businesses', id, lang, site), name: data.name };
}

export interface StoryContext {
	slug: string;
	lang: Language;
	data: StoryData & { title: string; description: string };
	district: Entry<District>;
	businesses: Entry<Business>[];
	author: Entry<Author>;
	/** The story's topics by name in its language. */
	keywords: string[];
	site: SiteInfo;
	origin: URL | string;
	/** Site path of the method page in this language, when it exists. */
	methodPath?: string;
}

/** A story page's Article node. */
export function storyStructuredData({ slug, lang, data, district, businesses, author, keywords, site, origin, methodPath }: StoryContext) {
	return storyLd({
		url: absoluteUrl(entryUrl(lang, 'stories', slug), origin),
		title: data.title,
		description: data.description,
		lang,
		image: cardImage('stories', slug, lang, origin),
		publishDate: data.publishDate,
		updatedDate: data.updatedDate,
		author: { name: author.data.name, url: absoluteUrl(entryUrl(lang, 'authors', author.id), origin), jobTitle: author.data.role[lang] },
		keywords,
		district: districtRef(district, lang, origin),
		businesses: businesses.map((business) => businessRef(business, lang, origin)),
		sources: data.sources,
		corrections: data.corrections,
		publishingPrinciples: methodPath && absoluteUrl(methodPath, origin),
		site,
	});
}

/** A business page's LocalBusiness node; `sectors` are its sectors' names in `lang`. */
export function businessStructuredData(business: Entry<Business>, district: Entry<District>, sectors: string[], lang: Language, origin: URL | string) {
	const { data } = business;
	return businessLd({
		...businessRef(business, lang, origin),
		description: data.makes[lang],
		lang,
		image: cardImage('businesses', business.id, lang, origin),
		foundingYear: data.founded,
		address: data.address,
		town: data.town,
		province: data.province,
		coordinates: data.coordinates,
		website: data.website,
		email: data.email,
		phone: data.phone,
		languages: data.languages,
		sectors,
		district: districtRef(district, lang, origin),
	});
}

/** A district page's Place node. */
export function districtStructuredData(district: Entry<District>, lang: Language, origin: URL | string) {
	return districtLd({ ...districtRef(district, lang, origin), description: district.data.summary[lang], image: cardImage('districts', district.id, lang, origin) });
}
