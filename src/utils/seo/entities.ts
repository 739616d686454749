/**
 * Turns content (stories, businesses, districts, authors) into the plain
 * inputs of the JSON-LD builders, with absolute URLs and language-independent
 * node ids. Pages call these with what they already loaded.
 */
import type { Language } from '../../i18n/languages.ts';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.ts';
import type { Author, Business, District, StoryData } from '../../schemas/content.ts';
import { addressOf, entryUrl, type Addressable } from '../routes.ts';
import { absoluteUrl } from './head.ts';
import { businessLd, districtLd, storyLd, type BusinessRef, type DistrictRef, type ImageRef, type SiteInfo } from './json-ld.ts';
import { OG_HEIGHT, OG_WIDTH, ogImagePath } from './og-image.ts';

interface Entry<T> {
	id: string;
	data: T;
}

/** The page in the reader's language, and the default language's page as the node id every language shares. */
function urls(urlIn: (lang: Language) => string, lang: Language, site: URL | string) {
	return { url: absoluteUrl(urlIn(lang), site), entityUrl: absoluteUrl(urlIn(DEFAULT_LANGUAGE), site) };
}

/** The share card stands in as the page's image: it exists for every entry, at a known size. */
function cardImage(pagePath: string, lang: Language, site: URL | string): ImageRef {
	return { url: absoluteUrl(ogImagePath(pagePath, lang), site), width: OG_WIDTH, height: OG_HEIGHT };
}

export function districtRef(district: Entry<District>, lang: Language, site: URL | string): DistrictRef {
	const { data } = district;
	return { ...urls((other) => entryUrl(other, 'districts', addressOf(district)), lang, site), name: data.name[lang], region: data.region, coordinates: data.coordinates };
}

export function businessRef({ id, data }: Entry<Business>, lang: Language, site: URL | string): BusinessRef {
	return { ...urls((other) => entryUrl(other, 'businesses', id), lang, site), name: data.name };
}

export interface StoryContext {
	address: Addressable;
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
export function storyStructuredData({ address, lang, data, district, businesses, author, keywords, site, origin, methodPath }: StoryContext) {
	const path = entryUrl(lang, 'stories', address);
	return storyLd({
		url: absoluteUrl(path, origin),
		title: data.title,
		description: data.description,
		lang,
		image: cardImage(path, lang, origin),
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
		image: cardImage(entryUrl(lang, 'businesses', business.id), lang, origin),
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
	return districtLd({ ...districtRef(district, lang, origin), description: district.data.summary[lang], image: cardImage(entryUrl(lang, 'districts', addressOf(district)), lang, origin) });
}
