/**
 * What the head needs to know about the content a page shows (a story, a
 * business, a district, an author), looked up from the page's URL. Pages
 * then only pass title, description and translations to the layout, and the
 * structured data can never drift from the content it describes.
 */
import { getAllStories, getAuthors, getBusinesses, getDistricts, getPageLinks } from '../../data/content.ts';
import type { Language } from '../../i18n/languages.ts';
import { SITE_NAME } from '../../site.config.ts';
import { parseUrl, type Section } from '../../utils/routes.ts';
import { linkedPage } from '../../utils/site-pages.ts';
import type { PageSeo } from '../../utils/seo/head.ts';
import { businessStructuredData, districtStructuredData, storyStructuredData } from '../../utils/seo/entities.ts';
import { LOGO_SIZE } from '../../utils/seo/og-image.ts';
import { siteInfo } from '../../utils/seo/site-info.ts';

export interface PageEntity {
	/** The entry's own name, for previews and the breadcrumb trail. */
	name: string;
	type: PageSeo['type'];
	article?: PageSeo['article'];
	structuredData: object[];
}

/** The entry a URL shows, or undefined for home, index, tag and search pages. */
export async function pageEntity(path: string, lang: Language, site: URL): Promise<PageEntity | undefined> {
	const parsed = parseUrl(path);
	const id = parsed?.id;
	if (!parsed?.section || !id || /^\d+$/.test(id)) return undefined;
	const entity = await entryEntity(parsed.section, id, lang, site);
	// Page 2 of a district lists stories; the district itself is described on page 1.
	return entity && parsed.page ? { ...entity, type: 'website', article: undefined, structuredData: [] } : entity;
}

async function entryEntity(section: Section, id: string, lang: Language, site: URL): Promise<PageEntity | undefined> {
	const districtById = async (districtId: string) => (await getDistricts(lang)).find((district) => district.id === districtId);
	switch (section) {
		case 'stories': {
			const story = (await getAllStories()).find((candidate) => candidate.lang === lang && candidate.slug === id);
			if (!story) return undefined;
			const [district, businesses, authors, pageLinks] = await Promise.all([districtById(story.data.district), getBusinesses(), getAuthors(), getPageLinks(lang)]);
			const author = authors.find((candidate) => candidate.id === story.data.author);
			if (!district || !author) return undefined;
			return {
				name: story.data.title,
				type: 'article',
				article: { published: story.data.publishDate, modified: story.data.updatedDate, tags: story.data.tags ?? [] },
				structuredData: [
					storyStructuredData({
						slug: story.slug,
						lang,
						data: story.data,
						district,
						businesses: businesses.filter((business) => story.data.businesses.includes(business.id)),
						author,
						site: siteInfo(lang, site, SITE_NAME, LOGO_SIZE),
						origin: site,
						methodPath: linkedPage(pageLinks, 'method')?.href,
					}),
				],
			};
		}
		case 'businesses': {
			const business = (await getBusinesses()).find((candidate) => candidate.id === id);
			const district = business && (await districtById(business.data.district));
			if (!business || !district) return undefined;
			return { name: business.data.name, type: 'website', structuredData: [businessStructuredData(business, district, lang, site)] };
		}
		case 'districts': {
			const district = await districtById(id);
			if (!district) return undefined;
			return { name: district.data.name[lang], type: 'website', structuredData: [districtStructuredData(district, lang, site)] };
		}
		case 'authors': {
			const author = (await getAuthors()).find((candidate) => candidate.id === id);
			return author && { name: author.data.name, type: 'profile', structuredData: [] };
		}
		default:
			return undefined;
	}
}
