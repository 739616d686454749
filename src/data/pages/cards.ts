/**
 * What a story card shows, and nothing more: a list page's key then changes
 * when a card's title or photo changes, not when the story's text does.
 */
import type { Language } from '../../i18n/languages.ts';
import type { Addressable } from '../../utils/routes.ts';
import type { DistrictEntry, Story } from '../content.ts';

export interface StoryCardView {
	lang: Language;
	address: Addressable;
	title: string;
	description: string;
	kind: Story['data']['kind'];
	image: string;
	publishDate: Date;
	districtName: string;
}

/** The cards of some stories, each naming its district in the story's language. */
export function storyCards(stories: readonly Story[], districts: ReadonlyMap<string, DistrictEntry>): StoryCardView[] {
	return stories.map(({ lang, address, data }) => ({
		lang,
		address,
		title: data.title,
		description: data.description,
		kind: data.kind,
		image: data.hero.image,
		publishDate: data.publishDate,
		districtName: districts.get(data.district)?.data.name[lang] ?? '',
	}));
}
