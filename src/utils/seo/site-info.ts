/**
 * The site-wide facts structured data repeats on every page (publisher,
 * logo, search), resolved against the configured public address.
 */
import type { Language } from '../../i18n/languages.ts';
import { homeUrl, sectionUrl, withBase } from '../routes.ts';
import { absoluteUrl } from './head.ts';
import type { SiteInfo } from './json-ld.ts';

export const LOGO_PATH = 'og/logo.png';

/** Site facts for a page in `lang`: its home, its search page and the shared logo. */
export function siteInfo(lang: Language, site: URL | string, name: string, logoSize: number): SiteInfo {
	return {
		name,
		rootUrl: absoluteUrl(withBase(''), site),
		url: absoluteUrl(homeUrl(lang), site),
		searchUrlTemplate: `${absoluteUrl(sectionUrl(lang, 'search'), site)}?q={search_term_string}`,
		lang,
		logo: { url: absoluteUrl(withBase(LOGO_PATH), site), width: logoSize, height: logoSize },
	};
}
