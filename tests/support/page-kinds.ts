/**
 * One built page of each kind a visitor can land on, per language, picked
 * from dist/ rather than listed by hand, so the accessibility, keyboard and
 * Lighthouse suites follow the site as pages are added.
 */
import { LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { SAMPLE_CONTENT } from '../../src/site.config.ts';
import { homeUrl, isEntryPage, parseUrl, sectionUrl, type Section } from '../../src/utils/routes.ts';
import { fileFor, htmlPages, requireDist } from './dist.ts';

export type PageKind = 'home' | 'story' | 'story list' | 'district list' | 'district' | 'business directory' | 'business filter' | 'business' | 'tag' | 'author' | 'search' | '404' | 'embed card' | 'sample content' | 'about the site';

export interface KindPage {
	kind: PageKind | 'language chooser';
	lang?: Language;
	path: string;
}

/** The first built entry page of a section (not a paginated list page). */
function firstEntry(lang: Language, section: Section): string | undefined {
	return htmlPages().find((page) => {
		const parsed = parseUrl(page);
		return isEntryPage(parsed, section) && parsed.lang === lang;
	});
}

/** Every kind of page in both languages, plus `/`; kinds the site does not build yet are reported as missing. */
export function pagesOfEachKind(): { pages: KindPage[]; missing: string[] } {
	requireDist();
	const pages: KindPage[] = [{ kind: 'language chooser', path: '/' }];
	const missing: string[] = [];
	for (const lang of LANGUAGES) {
		const candidates: [PageKind, string | undefined][] = [
			['home', homeUrl(lang)],
			['story', firstEntry(lang, 'stories')],
			['story list', sectionUrl(lang, 'stories')],
			['district list', sectionUrl(lang, 'districts')],
			['district', firstEntry(lang, 'districts')],
			['business directory', sectionUrl(lang, 'businesses')],
			['business filter', htmlPages().find((page) => parseUrl(page)?.kind === 'filter' && parseUrl(page)?.lang === lang)],
			['business', firstEntry(lang, 'businesses')],
			['tag', firstEntry(lang, 'tags')],
			['author', firstEntry(lang, 'authors')],
			['about the site', firstEntry(lang, 'about')],
			['search', sectionUrl(lang, 'search')],
			['404', `/${lang}/404/`],
			['embed card', htmlPages().find((page) => page.startsWith(`/embed/${lang}/`))],
			// Built only while the site runs on the sample content.
			...(SAMPLE_CONTENT ? [['sample content', sectionUrl(lang, 'sample')] as [PageKind, string]] : []),
		];
		for (const [kind, path] of candidates) {
			if (path && fileFor(path)) pages.push({ kind, lang, path });
			else missing.push(`${lang} ${kind}`);
		}
	}
	return { pages, missing };
}
