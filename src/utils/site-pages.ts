/**
 * The pages about Trame itself (content/pages/): which are public in which
 * language, the footer's links to them, and the few the site links to from
 * elsewhere. Pure, so the rules are tested without a build.
 */
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import type { PageData } from '../schemas/content.ts';
import { entryUrl } from './routes.ts';

/** One language file of a page, as read from `content/pages/<lang>/<id>.mdx`. */
export interface PageFile<Entry = unknown> {
	lang: Language;
	id: string;
	data: PageData;
	body: string;
	entry?: Entry;
}

/** A public page: translated, not a draft, with the languages it exists in. */
export interface PublishedPage<Entry = unknown> extends PageFile<Entry> {
	data: PageData & { title: string; description: string };
	languages: Language[];
}

/**
 * The pages other pages link to, by file name: the story's fact-check box
 * links to the method, "Report a correction" sits beside the corrections
 * policy. A link is shown only while its page exists in the reader's language.
 */
export const LINKED_PAGES = { method: 'metodo', corrections: 'contatti' } as const;

/** Public page files in footer order (`order`, then file name); a draft in either language holds back both. */
export function publishedPages<Entry>(files: readonly PageFile<Entry>[]): PublishedPage<Entry>[] {
	const drafts = new Set(files.filter((file) => file.data.draft).map((file) => file.id));
	const visible = files.filter((file) => !drafts.has(file.id) && file.data.title !== undefined && file.data.description !== undefined && file.body.trim() !== '');
	return visible
		.map((file) => ({ ...file, languages: LANGUAGES.filter((lang) => visible.some((other) => other.id === file.id && other.lang === lang)) }) as PublishedPage<Entry>)
		.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id) || LANGUAGES.indexOf(a.lang) - LANGUAGES.indexOf(b.lang));
}

export interface PageLink {
	id: string;
	title: string;
	href: string;
}

/** The links to the public pages of one language, in footer order. */
export function pageLinks(pages: readonly PublishedPage[], lang: Language): PageLink[] {
	return pages.filter((page) => page.lang === lang).map((page) => ({ id: page.id, title: page.data.title, href: entryUrl(lang, 'about', page.id) }));
}

/** The link to one of the LINKED_PAGES in `lang`, or undefined while that page is missing there. */
export function linkedPage(links: readonly PageLink[], role: keyof typeof LINKED_PAGES): PageLink | undefined {
	return links.find((link) => link.id === LINKED_PAGES[role]);
}
