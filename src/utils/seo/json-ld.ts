/**
 * Structured data (schema.org JSON-LD) for every kind of page, built as typed
 * objects from plain values so a wrong property fails `astro check`, and
 * serialized by one function that no text from content can break out of.
 */
import type { Article, BreadcrumbList, CorrectionComment, CreativeWork, LocalBusiness, Organization, Person, Place, Thing, WebSite, WithContext } from 'schema-dts';

/** Characters that could end a `<script>` element or an HTML context, or end a JavaScript line. */
const UNSAFE_IN_SCRIPT: Record<string, string> = {
	'<': '\\u003c',
	'>': '\\u003e',
	'&': '\\u0026',
	'\u2028': '\\u2028',
	'\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify
 * alone lets a title containing `</script>` close the element and inject HTML;
 * escaping `<`, `>` and `&` as `\u` sequences keeps the same JSON value while
 * leaving the HTML parser nothing to react to. This is the only string that
 * may go through `set:html`.
 */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char]!);
}

export interface SiteInfo {
	name: string;
	/** Absolute URL of the deploy root: the publisher is one node whatever the language. */
	rootUrl: string;
	/** Absolute URL of the home page in the page's language. */
	url: string;
	/** Absolute URL of the search page for each language, with `{search_term_string}` where the query goes. */
	searchUrlTemplate: string;
	lang: string;
	logo: { url: string; width: number; height: number };
}

export interface Crumb {
	name: string;
	/** Absolute URL. */
	url: string;
}

export interface ImageRef {
	url: string;
	width: number;
	height: number;
	alt?: string;
}

/**
 * A thing with a page in each language. `entityUrl` (its Italian page) names
 * the node, so a business mentioned from an English story and described on
 * its Italian page is one node, not two.
 */
interface Entity {
	name: string;
	/** The page in the reader's language. */
	url: string;
	/** The page whose URL identifies the thing in every language. */
	entityUrl: string;
}

export type BusinessRef = Entity;

export interface GeoPoint {
	lat: number;
	lon: number;
}

export interface DistrictRef extends Entity {
	region: string;
	coordinates: GeoPoint;
}

/** The publisher node; every page refers to it by `@id` so it is described once per page. */
export function organizationLd(site: SiteInfo): Organization {
	return {
		'@type': 'Organization',
		'@id': `${site.rootUrl}#organization`,
		name: site.name,
		url: site.rootUrl,
		logo: { '@type': 'ImageObject', url: site.logo.url, width: `${site.logo.width}`, height: `${site.logo.height}` },
	};
}

/**
 * The site with its search, so search engines can offer a search box that
 * lands on our Pagefind page in the reader's language.
 */
export function websiteLd(site: SiteInfo): WithContext<WebSite> {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		'@id': `${site.url}#website`,
		name: site.name,
		url: site.url,
		inLanguage: site.lang,
		publisher: { '@id': `${site.rootUrl}#organization` },
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: site.searchUrlTemplate },
			'query-input': 'required name=search_term_string',
		} as WebSite['potentialAction'],
	};
}

/** The trail from the home page to this one; search results show it instead of the raw URL. */
export function breadcrumbLd(crumbs: Crumb[]): WithContext<BreadcrumbList> {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
	};
}

/** A business's node id, the same on its pages and in every story about it. */
export function businessNodeId(business: Pick<Entity, 'entityUrl'>): string {
	return `${business.entityUrl}#business`;
}

/** A district's node id, shared by its pages, its businesses and every story set there. */
export function placeNodeId(district: Pick<Entity, 'entityUrl'>): string {
	return `${district.entityUrl}#place`;
}

function placeLd(district: DistrictRef): Place {
	return {
		'@type': 'Place',
		'@id': placeNodeId(district),
		name: district.name,
		url: district.url,
		geo: { '@type': 'GeoCoordinates', latitude: district.coordinates.lat, longitude: district.coordinates.lon },
		address: { '@type': 'PostalAddress', addressRegion: district.region, addressCountry: 'IT' },
	};
}

export interface StoryLdInput {
	url: string;
	title: string;
	description: string;
	lang: string;
	image: ImageRef;
	publishDate: Date;
	updatedDate?: Date;
	author: { name: string; url: string; jobTitle?: string };
	keywords: string[];
	district: DistrictRef;
	businesses: BusinessRef[];
	/** What the facts rest on; a source without an address is still cited by name. */
	sources?: { title: string; url?: string; date?: Date }[];
	/** Published corrections, in the story's language. */
	corrections?: { date: Date; text: string }[];
	/** Absolute URL of the page explaining how stories are chosen and checked, when it exists. */
	publishingPrinciples?: string;
	site: SiteInfo;
}

/** A source as a cited `CreativeWork`: its title, and its address and date when the story gives them. */
function citationLd(source: NonNullable<StoryLdInput['sources']>[number]): CreativeWork {
	return { '@type': 'CreativeWork', name: source.title, ...(source.url ? { url: source.url } : {}), ...(source.date ? { datePublished: isoDate(source.date) } : {}) };
}

/** A correction as schema.org's `CorrectionComment`: what changed and when. */
function correctionLd(correction: NonNullable<StoryLdInput['corrections']>[number]): CorrectionComment {
	return { '@type': 'CorrectionComment', text: correction.text, datePublished: isoDate(correction.date) };
}

/**
 * A story as an `Article`. Our stories are reported, fact-checked features
 * meant to stay true for years: `NewsArticle` would claim timely news (and
 * invite Google News rules we do not follow), `BlogPosting` an informal
 * personal post. The businesses it is `about` and the district it `mentions`
 * are linked by `@id`, so search engines join them to the business pages.
 */
export function storyLd(story: StoryLdInput): WithContext<Article> {
	const author: Person = { '@type': 'Person', name: story.author.name, url: story.author.url, ...(story.author.jobTitle ? { jobTitle: story.author.jobTitle } : {}) };
	const businesses: Thing[] = story.businesses.map((business) => ({ '@type': 'LocalBusiness', '@id': businessNodeId(business), name: business.name, url: business.url }));
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		'@id': `${story.url}#article`,
		mainEntityOfPage: story.url,
		url: story.url,
		headline: story.title,
		description: story.description,
		inLanguage: story.lang,
		image: { '@type': 'ImageObject', url: story.image.url, width: `${story.image.width}`, height: `${story.image.height}` },
		datePublished: isoDate(story.publishDate),
		dateModified: isoDate(story.updatedDate ?? story.publishDate),
		author,
		publisher: organizationLd(story.site),
		keywords: story.keywords.join(', '),
		about: businesses.length > 0 ? businesses : [placeLd(story.district)],
		mentions: businesses.length > 0 ? [placeLd(story.district)] : undefined,
		isPartOf: { '@id': `${story.site.url}#website` },
		...(story.sources?.length ? { citation: story.sources.map(citationLd) } : {}),
		...(story.corrections?.length ? { correction: story.corrections.map(correctionLd) } : {}),
		...(story.publishingPrinciples ? { publishingPrinciples: story.publishingPrinciples } : {}),
	};
}

export interface BusinessLdInput extends Entity {
	description: string;
	lang: string;
	image?: ImageRef;
	foundingYear: number;
	address?: string;
	town: string;
	province: string;
	coordinates: GeoPoint;
	website?: string;
	email?: string;
	phone?: string;
	languages: string[];
	sectors: string[];
	district: DistrictRef;
}

/**
 * A business as `LocalBusiness`. Every business we publish is a maker (tiles,
 * yarn, pasta dies…) and schema.org has no manufacturer subtype; `Store` or
 * `FoodEstablishment` would tell buyers they can walk in and shop, which is
 * false, so the generic type is the honest one.
 */
export function businessLd(business: BusinessLdInput): WithContext<LocalBusiness> {
	return {
		'@context': 'https://schema.org',
		'@type': 'LocalBusiness',
		'@id': businessNodeId(business),
		name: business.name,
		description: business.description,
		url: business.website ?? business.url,
		mainEntityOfPage: business.url,
		...(business.image ? { image: business.image.url } : {}),
		...(business.email ? { email: business.email } : {}),
		...(business.phone ? { telephone: business.phone } : {}),
		foundingDate: `${business.foundingYear}`,
		knowsLanguage: business.languages,
		knowsAbout: business.sectors,
		address: {
			'@type': 'PostalAddress',
			...(business.address ? { streetAddress: business.address } : {}),
			addressLocality: business.town,
			addressRegion: business.province,
			addressCountry: 'IT',
		},
		geo: { '@type': 'GeoCoordinates', latitude: business.coordinates.lat, longitude: business.coordinates.lon },
		containedInPlace: { '@id': placeNodeId(business.district) },
	};
}

/** A district page as a `Place` with its centre, so maps and search know where it is. */
export function districtLd(district: DistrictRef & { description: string; image?: ImageRef }): WithContext<Place> {
	return {
		'@context': 'https://schema.org',
		...(placeLd(district) as object),
		description: district.description,
		...(district.image ? { image: district.image.url } : {}),
	} as WithContext<Place>;
}

/** Dates as YYYY-MM-DD: content dates are calendar days, and a time would claim a precision we do not have. */
function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
