/**
 * The embed card's view model (`/embed/<lang>/<slug>/`, the story's slug in that language): the story's title,
 * photo and district name, and nothing else of the site.
 */
import { LANGUAGES } from '../../i18n/languages.ts';
import { keyed } from '../../utils/digest.ts';
import { urlSlug } from '../../utils/routes.ts';
import { getAllStories, getIndexes } from '../content.ts';

/** One card per public story in every published language. */
export async function embedPaths() {
	const [stories, { districts }] = await Promise.all([getAllStories(), getIndexes()]);
	return stories
		.filter((story) => LANGUAGES.includes(story.lang))
		.map(({ lang, address, data }) =>
			keyed({ lang, slug: urlSlug(address, lang) }, { lang, address, title: data.title, image: data.hero.image, alt: data.hero.alt, district: districts.get(data.district)?.data.name[lang] ?? '' }),
		);
}
