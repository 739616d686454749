/**
 * A story page's view model: the story (its text and what renders it), its
 * district, businesses and author as the page names them, the related stories'
 * cards, the head's entity, the languages it exists in, its sources and
 * corrections, and the links to the method and to report a mistake. StoryPage.astro
 * renders exactly this, so the page's key is the model's digest.
 */
import { storyComponents } from '../../components/story/index.ts';
import type { Language, VisitKind } from '../../i18n/languages.ts';
import type { Business } from '../../schemas/content.ts';
import { visitKinds } from '../../utils/directory.ts';
import { directionsLinks, type DirectionLink } from '../../utils/maps.ts';
import { inLanguages, type Translations } from '../../utils/alternates.ts';
import { keyed } from '../../utils/digest.ts';
import { addressOf, entryUrl, urlSlug, type Addressable } from '../../utils/routes.ts';
import { newestFirst } from '../../utils/corrections.ts';
import { linkedPage, type PageLink } from '../../utils/site-pages.ts';
import { relatedStories } from '../../utils/stories.ts';
import { topicLabels, type TopicLabel } from '../../utils/topics.ts';
import { getAllStories, getBusinesses, getIndexes, getPageLinks, getStories, type Story } from '../content.ts';
import { storyCards, type StoryCardView } from './cards.ts';
import { storyEntity, type PageEntity } from './head-entity.ts';
import { reportView, type ReportView } from './trust.ts';

type StoryData = Story['data'];

/** A business of the story, as its "Contact / visit" block shows it. */
export interface StoryBusinessView {
	id: string;
	name: string;
	town: string;
	visits: VisitKind[];
	email?: string;
	phone?: string;
	website?: string;
	directions: DirectionLink[];
}

export function storyBusiness(business: { id: string; data: Business }): StoryBusinessView {
	const { name, town, visits, email, phone, website, coordinates } = business.data;
	return { id: business.id, name, town, visits: visitKinds(visits), ...(email ? { email } : {}), ...(phone ? { phone } : {}), ...(website ? { website } : {}), directions: directionsLinks(coordinates, name) };
}

export interface StoryPageView {
	/** The story with its source text (`body`, and Astro's entry, which the route renders). */
	story: Story;
	/** The components its text may use: a new one changes how every story renders. */
	components: string[];
	district: Addressable & { name: string };
	author: { id: string; name: string };
	/** In the story's order, with what a reader needs to contact or visit each. */
	businesses: StoryBusinessView[];
	topics: TopicLabel[];
	related: StoryCardView[];
	entity: PageEntity;
	translations: Translations;
	sources: NonNullable<StoryData['sources']>;
	/** Newest first: the notice at the top of the text names the latest. */
	corrections: NonNullable<StoryData['corrections']>;
	/** The editorial method, linked from the fact-check box while it exists in the language. */
	methodPage?: PageLink;
	report: ReportView;
}

/** One page per public story of the language. */
export async function storyPaths(lang: Language) {
	const [stories, everyStory, byName, { districts, businesses, authors, topics }, links] = await Promise.all([getStories(lang), getAllStories(), getBusinesses(), getIndexes(), getPageLinks(lang)]);
	const methodPage = linkedPage(links, 'method');
	return stories.map((story) => {
		const district = districts.get(story.data.district)!;
		const author = authors.get(story.data.author)!;
		const own = story.data.businesses.map((id) => businesses.get(id)!);
		const path = entryUrl(lang, 'stories', story.address);
		const storyTopics = topicLabels(story.data.topics, topics, lang);
		const view: StoryPageView = {
			story,
			components: Object.keys(storyComponents),
			district: { ...addressOf(district), name: district.data.name[lang] },
			author: { id: author.id, name: author.data.name },
			businesses: own.map(storyBusiness),
			topics: storyTopics,
			related: storyCards(relatedStories(story, everyStory), districts),
			// The structured data lists the businesses by name, the page in the story's order.
			entity: storyEntity(story, district, byName.filter((business) => story.data.businesses.includes(business.id)), author, storyTopics, methodPage?.href),
			translations: inLanguages(story.languages, (other) => entryUrl(other, 'stories', story.address)),
			sources: story.data.sources ?? [],
			corrections: newestFirst(story.data.corrections),
			...(methodPage ? { methodPage } : {}),
			report: reportView(lang, story.data.title, path, links),
		};
		return keyed({ slug: urlSlug(story.address, lang) }, { view });
	});
}
