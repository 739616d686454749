/**
 * The sample-content notice as a reader meets it on a built page: in which
 * language it speaks, what it says and where it leads. Shared by the test of
 * the built site and the test that builds a site with the switch off.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { isLanguage, LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { sectionUrl } from '../../src/utils/routes.ts';
import { attribute, elements, type Element } from './dist.ts';

type Node = DefaultTreeAdapterMap['node'];

export interface Notice {
	lang: string | undefined;
	text: string;
	href: string | undefined;
}

function textOf(node: Node): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
	return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** Each notice block on the page, as the list of its lines; a page with the switch off has none. */
export function noticesOn(html: string): Notice[][] {
	const all = elements(parse(html));
	const pageLang = attribute(all.find((element) => element.tagName === 'html')!, 'lang');
	const isNotice = (element: Element) => (attribute(element, 'class') ?? '').split(/\s+/).includes('sample-notice');
	return all.filter(isNotice).map((notice) =>
		elements(notice)
			.filter((element) => element.tagName === 'p')
			.map((line) => ({
				lang: attribute(line, 'lang') ?? pageLang,
				text: textOf(line).replace(/\s+/g, ' ').trim(),
				href: attribute(elements(line).find((element) => element.tagName === 'a') ?? line, 'href'),
			})),
	);
}

/** The built file of a site path in a `dist` folder: a folder's index.html, or a file such as /404.html. */
export const builtFile = (dist: string, sitePath: string) => join(dist, sitePath.endsWith('.html') ? sitePath : `${sitePath}index.html`);

/** The notice blocks of a page of a built site. */
export const noticesAt = (dist: string, sitePath: string) => noticesOn(readFileSync(builtFile(dist, sitePath), 'utf8'));

/** The languages a page speaks: its language folder (embed cards included), or all of them for `/` and the site-wide 404. */
function languagesOf(sitePath: string): readonly Language[] {
	const folder = /^\/(?:embed\/)?([^/]+)\//.exec(sitePath)?.[1];
	return isLanguage(folder) ? [folder] : LANGUAGES;
}

/** What the notice must say on a page, one line per language, each linking to that language's sample page. */
export function expectedNotice(sitePath: string): Notice[] {
	return languagesOf(sitePath).map((lang) => ({ lang, text: useTranslations(lang)('sample.notice'), href: sectionUrl(lang, 'sample') }));
}

/** Pages that are part of the public site; the CMS at /admin/ is the editors' tool, not a page about the content. */
export const isPublicPage = (sitePath: string) => !sitePath.startsWith('/admin/');
