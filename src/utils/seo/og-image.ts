/**
 * Which share image a page uses and where it lives. Stories, businesses and
 * districts get their own card; every other page shares its language's home
 * card. The image endpoint and the page head both ask here, so an `og:image`
 * never points at a file that was not generated.
 */
import type { Language } from '../../i18n/languages.ts';
import { isEntryPage, parseUrl, withBase, type Section } from '../routes.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_TYPE = 'image/jpeg';
/** The publisher logo's side (square PNG); Google asks for at least 112px. */
export const LOGO_SIZE = 512;

/** Sections whose entries get a card of their own. */
export const CARD_SECTIONS: readonly Section[] = ['stories', 'businesses', 'districts'];

const root = withBase('');

/**
 * The card's file, mirroring the page path: `/it/storie/x/` → `/og/it/storie/x.jpg`.
 * Pages outside the language folders (the 404 page) use `lang`'s home card.
 */
export function ogImagePath(pagePath: string, lang: Language): string {
	const parsed = parseUrl(pagePath);
	if (!parsed) return withBase(`og/${lang}.jpg`);
	const ownCard = isEntryPage(parsed) && CARD_SECTIONS.includes(parsed.section);
	const cardOf = ownCard ? pagePath : withBase(`${parsed.lang}/`);
	return withBase(`og/${cardOf.slice(root.length).replace(/\/$/, '')}.jpg`);
}

/** The `[...path]` parameter of the image endpoint for a card path. */
export function ogEndpointParam(imagePath: string): string {
	return imagePath.slice(withBase('og/').length).replace(/\.jpg$/, '');
}

/** What a card shows. Text is in the page's language. */
export interface OgCard {
	lang: Language;
	title: string;
	/** Small line above the title: the district, or the tagline. */
	kicker: string;
	/** What kind of page this is ("Storia", "Business"…), next to the site name. */
	label: string;
	siteName: string;
}
