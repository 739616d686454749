/**
 * What makes Trame's trust visible, read from the built site: the pages about
 * the site in every language and in the sitemap, linked from every footer;
 * sources and corrections on the stories that have them, in the page and in
 * its JSON-LD; a way to report a mistake on every story and business page;
 * when a business's facts were checked; and the editors' re-check list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-checks/check.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { EDITORS_EMAIL, RECHECK_MONTHS, SITE_URL } from '../../src/site.config.ts';
import { entryUrl, isEntryPage, parseUrl, slugUrl } from '../../src/utils/routes.ts';
import { attribute, DIST, htmlPages, readPage, requireDist, type Element } from '../support/dist.ts';

beforeAll(requireDist);

const report = checkContent(process.cwd());
const text = (element: Element): string => element.childNodes.map((child) => ('value' in child ? child.value : 'tagName' in child ? text(child) : '')).join('').replace(/\s+/g, ' ').trim();
const byClass = (page: Element[], name: string) => page.filter((element) => (attribute(element, 'class') ?? '').split(' ').includes(name));
const jsonLd = (page: Element[]) => page.filter((element) => element.tagName === 'script' && attribute(element, 'type') === 'application/ld+json').flatMap((element) => [JSON.parse(text(element))].flat());
const pagesOf = (section: 'stories' | 'businesses') => htmlPages().filter((path) => isEntryPage(parseUrl(path), section));

describe('the pages about the site', () => {
	it('exist in every language, name each other as translations and are in the sitemap', () => {
		const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
		const ids = [...new Set(htmlPages().map(parseUrl).filter((parsed) => isEntryPage(parsed, 'about')).map((parsed) => parsed.slug))];
		expect(ids.sort()).toEqual(['contatti', 'metodo', 'note-legali', 'trame']);
		for (const id of ids) {
			for (const lang of LANGUAGES) {
				const path = entryUrl(lang, 'about', id);
				const alternates = readPage(path).filter((element) => element.tagName === 'link' && attribute(element, 'rel') === 'alternate' && attribute(element, 'hreflang') !== 'x-default' && attribute(element, 'hreflang'));
				expect(alternates.map((link) => attribute(link, 'href')).sort(), path).toEqual(LANGUAGES.map((other) => `${SITE_URL}${entryUrl(other, 'about', id)}`).sort());
				expect(sitemap, path).toContain(`<loc>${SITE_URL}${path}</loc>`);
			}
		}
	});

	it('are linked from the footer of every kind of page, in the page’s language', () => {
		for (const lang of LANGUAGES) {
			const expected = htmlPages().filter((path) => parseUrl(path)?.lang === lang && isEntryPage(parseUrl(path), 'about')).sort();
			for (const path of [`/${lang}/`, pagesOf('stories').find((found) => found.startsWith(`/${lang}/`))!, `/${lang}/404/`]) {
				const footer = readPage(path).find((element) => element.tagName === 'footer')!;
				const links = [footer, ...footer.childNodes].flatMap(function walk(node): string[] {
					if (!('tagName' in node)) return [];
					return [...(node.tagName === 'a' && attribute(node, 'href')?.includes(lang === 'it' ? '/chi-siamo/' : '/about/') ? [attribute(node, 'href')!] : []), ...node.childNodes.flatMap(walk)];
				});
				expect([...new Set(links)].sort(), path).toEqual(expected);
			}
		}
	});
});

describe('stories', () => {
	const corrected = report.storyFiles.filter((file) => (file.data.corrections ?? []).length > 0 && file.data.title);
	const sourced = report.storyFiles.filter((file) => (file.data.sources ?? []).length > 0 && file.data.title);

	it('with a correction say so at the top of the text, linking to the note that says what changed', () => {
		expect(corrected.length).toBeGreaterThan(0);
		for (const story of corrected) {
			const page = readPage(slugUrl(story.lang, 'stories', story.data.slug ?? story.slug));
			const [notice] = byClass(page, 'correction-notice');
			const link = notice && [notice, ...notice.childNodes].find((node) => 'tagName' in node && node.tagName === 'a') as Element | undefined;
			const target = page.find((element) => attribute(element, 'id') === attribute(link!, 'href')?.slice(1));
			expect(target?.tagName, story.slug).toBe('h2');
			const note = text(target!.parentNode as Element);
			for (const correction of story.data.corrections!) expect(note).toContain(correction.text);
			const article = jsonLd(page).find((node) => node['@type'] === 'Article');
			expect(article.correction).toEqual(story.data.corrections!.map((correction) => expect.objectContaining({ '@type': 'CorrectionComment', text: correction.text })));
		}
	});

	it('with sources list them at the end, and cite them in the JSON-LD', () => {
		expect(sourced.length).toBeGreaterThanOrEqual(3);
		for (const story of sourced) {
			const page = readPage(slugUrl(story.lang, 'stories', story.data.slug ?? story.slug));
			const list = text(page.find((element) => attribute(element, 'id') === 'sources-heading')!.parentNode as Element);
			for (const source of story.data.sources!) expect(list).toContain(source.title);
			const article = jsonLd(page).find((node) => node['@type'] === 'Article');
			expect(article.citation.map((cited: { name: string }) => cited.name)).toEqual(story.data.sources!.map((source) => source.title));
		}
	});

	it('say when the facts were last checked and link to how stories are checked, for readers and in the JSON-LD', () => {
		for (const path of pagesOf('stories')) {
			const page = readPage(path);
			const [box] = byClass(page, 'verified');
			expect(text(box!), path).toMatch(/\b(last checked on|verificati l’ultima volta il) \d{1,2} \S+ \d{4}/);
			const method = entryUrl(parseUrl(path)!.lang, 'about', 'metodo');
			const link = page.find((element) => element.tagName === 'a' && attribute(element, 'href') === method);
			expect(link && text(link), path).toMatch(/How we choose and check stories|Come scegliamo e verifichiamo le storie/);
			expect(jsonLd(page).find((node) => node['@type'] === 'Article').publishingPrinciples).toBe(`${SITE_URL}${method}`);
		}
	});
});

describe('report a mistake', () => {
	it('is an e-mail to the editors naming the page’s title and address, on every story and business page', () => {
		const paths = [...pagesOf('stories'), ...pagesOf('businesses')];
		expect(paths.length).toBeGreaterThan(40);
		for (const path of paths) {
			const page = readPage(path);
			const link = page.find((element) => element.tagName === 'a' && attribute(element, 'href')?.startsWith(`mailto:${EDITORS_EMAIL}?`));
			expect(link, path).toBeDefined();
			const params = new URLSearchParams(new URL(attribute(link!, 'href')!).search);
			const title = text(page.find((element) => element.tagName === 'h1')!);
			expect(params.get('subject'), path).toContain(title);
			expect(params.get('body'), path).toContain(`${SITE_URL}${path}`);
		}
	});
});

describe('businesses', () => {
	it('say when their contacts and visiting details were last checked', () => {
		for (const { id, data } of report.businesses) {
			for (const lang of LANGUAGES) {
				const [checked] = byClass(readPage(entryUrl(lang, 'businesses', id)), 'checked');
				const time = checked?.childNodes.find((node) => 'tagName' in node && node.tagName === 'time') as Element | undefined;
				expect(attribute(time!, 'datetime'), id).toBe(data.factsCheckedOn.toISOString().slice(0, 10));
			}
		}
	});
});

describe('the re-check list for editors', () => {
	it('is under /admin/, kept out of search engines, and lists what check:content lists, oldest first', () => {
		const page = readPage('/admin/da-ricontrollare/');
		expect(page.some((element) => element.tagName === 'meta' && attribute(element, 'name') === 'robots' && attribute(element, 'content')?.includes('noindex'))).toBe(true);
		const rows = page.filter((element) => element.tagName === 'tr').slice(1).map((row) => text(row.childNodes.filter((cell) => 'tagName' in cell)[3] as Element));
		const expected = checkContent(process.cwd(), { recheckMonths: RECHECK_MONTHS }).recheck.map((item) => item.name);
		expect(rows).toEqual(expected);
		expect(rows.length).toBeGreaterThan(0);
	});
});
