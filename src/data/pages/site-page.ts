/**
 * A page about the site's view model (about, method, contact, legal): the
 * page with its source text and Astro's entry, the languages it exists in
 * and the editors' address it invites readers to write to.
 */
import type { Language } from '../../i18n/languages.ts';
import { EDITORS_EMAIL } from '../../site.config.ts';
import { inLanguages, type Translations } from '../../utils/alternates.ts';
import { keyed } from '../../utils/digest.ts';
import { entryUrl } from '../../utils/routes.ts';
import { getSitePages, type SitePage } from '../content.ts';

export interface SitePageView {
	page: SitePage;
	translations: Translations;
	editorsEmail: string;
}

/** One page per public page about the site in the language: `/it/chi-siamo/metodo/`. */
export async function sitePagePaths(lang: Language) {
	const pages = (await getSitePages()).filter((page) => page.lang === lang);
	return pages.map((page) => {
		const view: SitePageView = { page, translations: inLanguages(page.languages, (other) => entryUrl(other, 'about', page.id)), editorsEmail: EDITORS_EMAIL };
		return keyed({ id: page.id }, { view });
	});
}
