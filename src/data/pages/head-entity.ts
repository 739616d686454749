/**
 * What the head says about the entry a page shows (a story, a business, a
 * district, an author): its name for previews and breadcrumbs, its Open Graph
 * type and its structured data. Computed with the page's view model from the
 * entries the page already has, so the head fetches nothing and the page's
 * key covers it.
 */
import type { Language } from '../../i18n/languages.ts';
import { SITE_NAME, SITE_URL } from '../../site.config.ts';
import type { PageSeo } from '../../utils/seo/head.ts';
import { businessStructuredData, districtStructuredData, storyStructuredData } from '../../utils/seo/entities.ts';
import { LOGO_SIZE } from '../../utils/seo/og-image.ts';
import { siteInfo } from '../../utils/seo/site-info.ts';
import type { TopicLabel } from '../../utils/topics.ts';
import type { AuthorEntry, BusinessEntry, DistrictEntry, Story } from '../content.ts';

export interface PageEntity {
	/** The entry's own name, for previews and the breadcrumb trail. */
	name: string;
	type: PageSeo['type'];
	article?: PageSeo['article'];
	structuredData: object[];
}

/** The public origin, as Astro's `site`. */
const origin = new URL(SITE_URL);

/** A story page's entity: an Article with its district, businesses and author, and the method page as its principles when there is one. */
export function storyEntity(story: Story, district: DistrictEntry, businesses: BusinessEntry[], author: AuthorEntry, topics: TopicLabel[], methodPath?: string): PageEntity {
	const { lang, data } = story;
	const keywords = topics.map((topic) => topic.label);
	return {
		name: data.title,
		type: 'article',
		article: { published: data.publishDate, modified: data.updatedDate, tags: keywords },
		structuredData: [storyStructuredData({ address: story.address, lang, data, district, businesses, author, keywords, site: siteInfo(lang, origin, SITE_NAME, LOGO_SIZE), origin, methodPath })],
	};
}

/** A business page's entity: a LocalBusiness in its district, knowing about its sectors. */
export function businessEntity(business: BusinessEntry, district: DistrictEntry, sectors: TopicLabel[], lang: Language): PageEntity {
	return { name: business.data.name, type: 'website', structuredData: [businessStructuredData(business, district, sectors.map((sector) => sector.label), lang, origin)] };
}

/** A district's entity; its later list pages name it but describe it only on page 1. */
export function districtEntity(district: DistrictEntry, lang: Language, pageNumber: number): PageEntity {
	const name = district.data.name[lang];
	return pageNumber === 1 ? { name, type: 'website', structuredData: [districtStructuredData(district, lang, origin)] } : { name, type: 'website', structuredData: [] };
}

/** An author's profile page. */
export function authorEntity(author: AuthorEntry): PageEntity {
	return { name: author.data.name, type: 'profile', structuredData: [] };
}
