/**
 * One bilingual vocabulary, as a reader of the built site meets it: a topic's
 * page in one language points at the same topic's page in the other (hreflang
 * and the language switch), and the search filters offer the same topics in
 * both languages, exactly those that have a page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-checks/check.ts';
import { LANGUAGES, otherLanguages, type Language } from '../../src/i18n/languages.ts';
import { SITE_BASE, SITE_URL } from '../../src/site.config.ts';
import { entryUrl } from '../../src/utils/routes.ts';
import { topicSlug } from '../../src/utils/topics.ts';
import { attribute, fileFor, htmlPages, readPage, requireDist } from '../support/dist.ts';

const { topics } = checkContent(process.cwd());
const siteRoot = new URL(SITE_BASE, `${SITE_URL}/`);
const pageOf = (id: string, lang: Language) => entryUrl(lang, 'tags', topicSlug(id, topics.find((topic) => topic.id === id)!.data.name[lang]));
/** The topics with a page in a language, by id. */
const withPage = (lang: Language) => topics.filter((topic) => fileFor(pageOf(topic.id, lang))).map((topic) => topic.id).sort();

beforeAll(requireDist);

describe('topic pages', () => {
	it('exist in every language for the sample topics, at the address of their name in that language', () => {
		expect(withPage('en')).toContain('piastrelle');
		expect(fileFor('/en/tags/tiles/')).toBeDefined();
		expect(fileFor('/it/temi/piastrelle/')).toBeDefined();
		for (const lang of LANGUAGES) expect(withPage(lang)).toEqual(withPage(LANGUAGES[0]));
	});

	it('pair across languages with hreflang and the language switch', () => {
		const problems: string[] = [];
		for (const lang of LANGUAGES) {
			for (const id of withPage(lang)) {
				const elements = readPage(pageOf(id, lang));
				for (const other of otherLanguages(lang)) {
					const target = pageOf(id, other);
					const alternate = elements.find((element) => element.tagName === 'link' && attribute(element, 'rel') === 'alternate' && attribute(element, 'hreflang') === other);
					if (attribute(alternate!, 'href') !== new URL(target.slice(1), siteRoot).href) problems.push(`${pageOf(id, lang)}: hreflang ${other} is ${alternate && attribute(alternate, 'href')}, not ${target}`);
					const switcher = elements.find((element) => element.tagName === 'a' && attribute(element, 'data-language-switch') !== undefined && attribute(element, 'hreflang') === other);
					if (switcher && attribute(switcher, 'href') !== target) problems.push(`${pageOf(id, lang)}: the switch to ${other} leads to ${attribute(switcher, 'href')}, not ${target}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('name proper nouns and acronyms as editors wrote them', () => {
		const heading = (path: string) => readPage(path).find((element) => element.tagName === 'h1')!.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
		expect(['/en/tags/japan/', '/en/tags/pgi/', '/en/tags/sicily/'].map(heading)).toEqual(['Japan', 'PGI', 'Sicily']);
	});
});

describe('the search filter for topics', () => {
	/** The topic filter values of a language's indexed pages, mapped back to ids through the topic names. */
	const facet = (lang: Language) => {
		const byName = new Map(topics.map((topic) => [topic.data.name[lang].replace(/,/g, ' '), topic.id]));
		const values = new Set<string>();
		for (const path of htmlPages().filter((page) => page.startsWith(`/${lang}/`))) {
			const elements = readPage(path);
			if (!elements.some((element) => attribute(element, 'data-pagefind-body') !== undefined)) continue;
			for (const element of elements) {
				const filter = attribute(element, 'data-pagefind-filter');
				if (filter?.startsWith('tag:')) values.add(byName.get(filter.slice(4)) ?? `unknown: ${filter}`);
			}
		}
		return [...values].sort();
	};

	it('offers the same topics in every language, exactly those that have a page', () => {
		for (const lang of LANGUAGES) {
			expect(facet(lang), lang).toEqual(withPage(lang));
			expect(facet(lang)).toEqual(facet(LANGUAGES[0]));
		}
	});
});
