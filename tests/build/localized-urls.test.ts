/**
 * The built sample speaks each reader's language in its addresses: English
 * stories and districts live at English slugs, every alternate (hreflang,
 * sitemap, language switch) names the localized address, and each former
 * address still leads to the page, on hosts with redirects and without.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-checks/check.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { SITE_URL } from '../../src/site.config.ts';
import { formerAddresses } from '../../src/utils/redirects.ts';
import { addressOf, entryUrl, slugUrl } from '../../src/utils/routes.ts';
import { publishedStories } from '../../src/utils/stories.ts';
import { attribute, DIST, fileFor, readPage, requireDist, type Element } from '../support/dist.ts';

const report = checkContent(process.cwd());
const published = publishedStories(report.storyFiles);
const english = published.filter((story) => story.lang === 'en');
const absolute = (path: string) => new URL(path, `${SITE_URL}/`).href;
const alternates = (page: Element[]) =>
	Object.fromEntries(page.filter((element) => element.tagName === 'link' && attribute(element, 'rel') === 'alternate' && attribute(element, 'hreflang')).map((element) => [attribute(element, 'hreflang'), attribute(element, 'href')]));
const switchLinks = (page: Element[]) => page.filter((element) => attribute(element, 'data-language-switch') !== undefined).map((element) => attribute(element, 'href'));

beforeAll(requireDist);

describe('English stories', () => {
	it('each have an English slug of their own, and their page is there', () => {
		expect(english.length).toBeGreaterThanOrEqual(16);
		for (const story of english) {
			expect(story.data.slug, story.slug).toBeDefined();
			expect(story.data.slug).not.toBe(story.slug);
			expect(fileFor(slugUrl('en', 'stories', story.data.slug!)), story.data.slug).toBeDefined();
		}
	});

	it('pair with their Italian page through hreflang and the language switch, both ways', () => {
		for (const story of english.filter((candidate) => candidate.languages.includes('it'))) {
			const en = entryUrl('en', 'stories', story.address);
			const it = entryUrl('it', 'stories', story.address);
			expect(en).toBe(`/en/stories/${story.data.slug}/`);
			expect(it).toBe(`/it/storie/${story.slug}/`);
			for (const path of [en, it]) expect(alternates(readPage(path)), path).toMatchObject({ it: absolute(it), en: absolute(en) });
			expect(switchLinks(readPage(en))).toEqual([it]);
			expect(switchLinks(readPage(it))).toEqual([en]);
		}
	});
});

describe('districts', () => {
	it('live at their English slug in English and keep their id in Italian', () => {
		const gold = report.districts.find((district) => district.id === 'vicenza-oro')!;
		expect(entryUrl('en', 'districts', addressOf(gold))).toBe('/en/districts/vicenza-gold-district/');
		const page = readPage('/en/districts/vicenza-gold-district/');
		expect(alternates(page)).toMatchObject({ it: absolute('/it/distretti/vicenza-oro/'), en: absolute('/en/districts/vicenza-gold-district/') });
		expect(switchLinks(page)).toEqual(['/it/distretti/vicenza-oro/']);
		// Every link to it on English pages uses the English address: the Italian one is only a redirect now.
		const story = readPage(entryUrl('en', 'stories', english.find((candidate) => candidate.data.district === 'vicenza-oro')!.address));
		const hrefs = story.filter((element) => element.tagName === 'a').map((element) => attribute(element, 'href'));
		expect(hrefs).toContain('/en/districts/vicenza-gold-district/');
		expect(hrefs).not.toContain('/en/districts/vicenza-oro/');
	});
});

describe('the sitemap', () => {
	it('lists English stories at their English address with the Italian one as alternate', () => {
		const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['url', 'xhtml:link'].includes(name) });
		const urls = parser.parse(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).urlset.url as { loc: string; 'xhtml:link'?: { hreflang: string; href: string }[] }[];
		const byLoc = new Map(urls.map((url) => [url.loc, url]));
		for (const story of english.filter((candidate) => candidate.languages.includes('it'))) {
			const entry = byLoc.get(absolute(entryUrl('en', 'stories', story.address)));
			expect(entry, story.data.slug).toBeDefined();
			expect(entry!['xhtml:link']).toEqual(expect.arrayContaining([{ rel: 'alternate', hreflang: 'it', href: absolute(entryUrl('it', 'stories', story.address)) }]));
			for (const former of story.data.formerSlugs ?? []) expect(byLoc.has(absolute(slugUrl('en', 'stories', former)))).toBe(false);
		}
	});
});

describe('former addresses', () => {
	const redirects = formerAddresses({ stories: published, districts: report.districts });

	it('each leave a page that sends readers and search engines on, and stays out of results', () => {
		expect(redirects.length).toBeGreaterThanOrEqual(18);
		for (const { from, to } of redirects) {
			const page = readPage(from);
			const meta = (name: string, key = 'name') => page.find((element) => element.tagName === 'meta' && attribute(element, key) === name);
			expect(attribute(meta('robots')!, 'content'), from).toBe('noindex');
			expect(attribute(page.find((element) => element.tagName === 'link' && attribute(element, 'rel') === 'canonical')!, 'href')).toBe(absolute(to));
			expect(attribute(meta('refresh', 'http-equiv')!, 'content')).toBe(`0; url=${absolute(to)}`);
			expect(page.filter((element) => element.tagName === 'a').map((element) => attribute(element, 'href'))).toEqual([absolute(to)]);
			expect(attribute(page.find((element) => element.tagName === 'html')!, 'lang')).toMatch(/^(it|en)$/);
			expect(fileFor(to), to).toBeDefined();
		}
	});

	it('are listed in _redirects for hosts that read it, with a 404 page per language', () => {
		const lines = readFileSync(join(DIST, '_redirects'), 'utf8').split('\n');
		for (const { from, to } of redirects) expect(lines).toContain(`${from} ${to} 301!`);
		for (const lang of LANGUAGES) {
			expect(lines).toContain(`/${lang}/* /${lang}/404/index.html 404`);
			expect(fileFor(`/${lang}/404/index.html`)).toBeDefined();
		}
	});
});

describe('the language switch', () => {
	const oneLanguage = published.filter((story) => story.languages.length === 1);

	it('says in plain view, before anyone taps it, that a page has no translation, and leads to the closest page', () => {
		expect(oneLanguage.length).toBeGreaterThan(0);
		for (const story of oneLanguage) {
			const page = readPage(entryUrl(story.lang, 'stories', story.address));
			for (const link of page.filter((element) => attribute(element, 'data-language-switch') !== undefined)) {
				const note = page.find((element) => attribute(element, 'id') === attribute(link, 'aria-describedby'));
				expect(note?.tagName, story.slug).toBe('p');
				expect(attribute(note!, 'class')).toBe('language-note');
				expect(attribute(link, 'title')).toBeUndefined();
				expect(fileFor(attribute(link, 'href')!)).toBeDefined();
			}
		}
	});

	it('keeps a list’s page number where the other language’s list is that long', () => {
		const [second] = ['/it/storie/2/', '/en/stories/2/'].filter((path) => fileFor(path));
		expect(second).toBeDefined();
		const other = second === '/it/storie/2/' ? '/en/stories/' : '/it/storie/';
		const target = switchLinks(readPage(second!))[0]!;
		expect(target).toBe(fileFor(`${other}2/`) ? `${other}2/` : other);
	});
});

describe('missing pages', () => {
	const links = (path: string) => readPage(path).filter((element) => element.tagName === 'a').map((element) => attribute(element, 'href'));

	it('the site-wide 404 links both languages’ stories, districts and search', () => {
		expect(links('/404.html')).toEqual(expect.arrayContaining(['/it/storie/', '/it/distretti/', '/it/cerca/', '/en/stories/', '/en/districts/', '/en/search/']));
	});

	it('each language’s 404 links its own stories, districts and search', () => {
		expect(links('/en/404/')).toEqual(expect.arrayContaining(['/en/stories/', '/en/districts/', '/en/search/']));
		expect(links('/it/404/')).toEqual(expect.arrayContaining(['/it/storie/', '/it/distretti/', '/it/cerca/']));
	});
});
