/**
 * "Found and shared", checked on the built site: every HTML page in dist/ is
 * read like a crawler reads it, and the sitemap, feeds, robots.txt and share
 * images are checked against those pages. Run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_BASE, SITE_URL } from '../../src/site.config.ts';
import { fileFor, htmlFiles, metaValues, readPage, text, type PageFacts } from './seo-dist.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const siteRoot = new URL(SITE_BASE, `${SITE_URL}/`);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['url', 'sitemap', 'item', 'xhtml:link'].includes(name) });

let pages: PageFacts[] = [];
const byPath = new Map<string, PageFacts>();

/** Path inside dist (which is the path below the deploy base), without leading slash: `it/storie/x/`. */
const local = (page: PageFacts) => page.path.slice(1);
const isAdmin = (page: PageFacts) => local(page).startsWith('admin/');
const isEmbed = (page: PageFacts) => local(page).startsWith('embed/');
const isNotFound = (page: PageFacts) => /^(?:[a-z]{2}\/)?404(?:\.html|\/)$/.test(local(page));
const isSearch = (page: PageFacts) => /^(?:it\/cerca|en\/search)\/$/.test(local(page));
const isHome = (page: PageFacts) => /^(?:it|en)\/$/.test(local(page));
const mustNotIndex = (page: PageFacts) => isAdmin(page) || isEmbed(page) || isNotFound(page) || isSearch(page);
/** Pages of the public site that carry the full SEO head (the CMS and embed cards are apps of their own). */
const sitePages = () => pages.filter((page) => !isAdmin(page) && !isEmbed(page));
/** `[, section, id]` for a story, business or district page (a bare number is a page of an index). */
const kind = (page: PageFacts) => /^(?:it|en)\/(storie|stories|imprese|businesses|distretti|districts)\/((?!\d+\/)[a-z0-9-]+)\/$/.exec(local(page));
/** Pages inside a language folder; the language chooser at `/` and the site-wide 404 belong to neither language. */
const inLanguage = (page: PageFacts) => /^(?:it|en)\//.test(local(page));

const urlOf = (page: PageFacts) => new URL(local(page), siteRoot).href;
const alternates = (page: PageFacts) => page.links.filter((link) => link.rel === 'alternate' && link.hreflang);
const canonical = (page: PageFacts) => page.links.filter((link) => link.rel === 'canonical').map((link) => link.href);
const nodes = (page: PageFacts) => page.jsonLd.map((json) => JSON.parse(json) as Record<string, unknown>);
const nodesOfType = (page: PageFacts, type: string) => nodes(page).filter((node) => node['@type'] === type);
const failures = (list: string[]) => expect(list, list.slice(0, 15).join('\n')).toEqual([]);

beforeAll(() => {
	if (!existsSync(join(dist, 'it', 'index.html'))) {
		throw new Error('dist/ has no built site (dist/it/index.html is missing): run `npm run build` before the build tests.');
	}
	pages = htmlFiles(dist).map((file) => readPage(dist, file));
	for (const page of pages) byPath.set(page.path, page);
});

describe('every page of the built site', () => {
	it('has exactly one non-empty title, unique in its language, and one unique meta description', () => {
		const problems: string[] = [];
		const seenTitles = new Map<string, string>();
		const seenDescriptions = new Map<string, string>();
		for (const page of sitePages()) {
			const [title, extra] = page.titles;
			const descriptions = metaValues(page, 'description');
			if (!title?.trim() || extra !== undefined) problems.push(`${page.path}: ${page.titles.length} titles`);
			if (descriptions.length !== 1 || !descriptions[0]!.trim()) problems.push(`${page.path}: ${descriptions.length} descriptions`);
			// Unique within a language: a story may keep its proper-name title in translation, and hreflang pairs the two pages.
			const titleKey = `${page.lang} ${title}`;
			if (title && seenTitles.has(titleKey)) problems.push(`${page.path}: title "${title}" also on ${seenTitles.get(titleKey)}`);
			if (descriptions[0] && seenDescriptions.has(descriptions[0]) && !mustNotIndex(page)) problems.push(`${page.path}: description also on ${seenDescriptions.get(descriptions[0])}`);
			seenTitles.set(titleKey, page.path);
			if (!mustNotIndex(page)) seenDescriptions.set(descriptions[0] ?? '', page.path);
		}
		failures(problems);
	});

	it('sends search engines and previews a snippet of at most 160 characters, cut only after a whole word', () => {
		const problems: string[] = [];
		for (const page of sitePages()) {
			const body = text(page.element((element) => element.tagName === 'body')!).replace(/\s+/g, ' ');
			for (const key of ['description', 'og:description', 'twitter:description']) {
				for (const description of metaValues(page, key)) {
					if (description.length > 160) problems.push(`${page.path}: ${key} has ${description.length} characters`);
					if (!description.endsWith('…')) continue;
					// A cut description ends on the page's own words: its last three, followed in the page by anything but a letter.
					const tail = description.slice(0, -1).split(' ').slice(-3).join(' ');
					const next = body.split(tail).slice(1).map((after) => after.charAt(0));
					if (next.length === 0 || next.every((char) => /[\p{L}\p{N}]/u.test(char))) problems.push(`${page.path}: ${key} is cut mid-word: "…${tail}…"`);
				}
			}
		}
		failures(problems);
	});

	it('declares its language and an absolute canonical that is a built page', () => {
		const problems: string[] = [];
		for (const page of sitePages()) {
			if (!['it', 'en'].includes(page.lang ?? '')) problems.push(`${page.path}: <html lang="${page.lang}">`);
			const links = canonical(page);
			if (links.length !== 1) problems.push(`${page.path}: ${links.length} canonical links`);
			else if (!links[0]!.startsWith(siteRoot.href)) problems.push(`${page.path}: canonical ${links[0]} is not absolute on ${siteRoot.href}`);
			else if (!isNotFound(page) && !fileFor(dist, siteRoot, links[0]!)) problems.push(`${page.path}: canonical ${links[0]} is not in dist`);
		}
		failures(problems);
	});

	it('lists itself and each existing translation in hreflang, reciprocally, with x-default', () => {
		const problems: string[] = [];
		for (const page of sitePages().filter((page) => inLanguage(page) && !isNotFound(page))) {
			const links = alternates(page);
			const own = links.find((link) => link.hreflang === page.lang);
			if (own?.href !== canonical(page)[0]) problems.push(`${page.path}: no hreflang="${page.lang}" pointing at itself`);
			const fallback = links.filter((link) => link.hreflang === 'x-default');
			const italian = links.find((link) => link.hreflang === 'it');
			if (fallback.length !== 1) problems.push(`${page.path}: ${fallback.length} x-default links`);
			else if (fallback[0]!.href !== (italian ?? own)?.href) problems.push(`${page.path}: x-default is not the Italian page`);
			for (const link of links.filter((link) => link.hreflang !== 'x-default')) {
				const file = fileFor(dist, siteRoot, link.href);
				if (!file) {
					problems.push(`${page.path}: hreflang ${link.hreflang} → ${link.href} does not exist`);
					continue;
				}
				const other = readPage(dist, file);
				if (other.lang !== link.hreflang) problems.push(`${page.path}: hreflang ${link.hreflang} → a page in "${other.lang}"`);
				if (!alternates(other).some((back) => back.href === own?.href)) problems.push(`${page.path}: ${link.href} does not link back`);
			}
		}
		failures(problems);
	});

	it('has Open Graph and Twitter tags with absolute URLs, its locale and only existing translations', () => {
		const problems: string[] = [];
		const locale = { it: 'it_IT', en: 'en_GB' } as Record<string, string>;
		for (const page of sitePages()) {
			const one = (key: string) => {
				const values = metaValues(page, key);
				if (values.length !== 1 || !values[0]) problems.push(`${page.path}: ${values.length} ${key}`);
				return values[0] ?? '';
			};
			for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image:alt']) one(key);
			if (one('twitter:card') !== 'summary_large_image') problems.push(`${page.path}: twitter:card is not summary_large_image`);
			if (one('og:url') !== canonical(page)[0]) problems.push(`${page.path}: og:url differs from canonical`);
			for (const key of ['og:image', 'twitter:image']) if (!one(key).startsWith(siteRoot.href)) problems.push(`${page.path}: ${key} not absolute on ${siteRoot.href}`);
			if (one('og:locale') !== locale[page.lang ?? '']) problems.push(`${page.path}: og:locale does not match lang ${page.lang}`);
			const translated = alternates(page).filter((link) => !['x-default', page.lang].includes(link.hreflang)).map((link) => locale[link.hreflang!]);
			if (metaValues(page, 'og:locale:alternate').join() !== translated.join()) problems.push(`${page.path}: og:locale:alternate ${metaValues(page, 'og:locale:alternate')} ≠ translations ${translated}`);
			if (one('og:image:width') !== '1200' || one('og:image:height') !== '630') problems.push(`${page.path}: og:image size tags are not 1200×630`);
		}
		failures(problems);
	});

	it('points og:image at a 1200×630 image that exists in dist', async () => {
		const problems: string[] = [];
		const sizes = new Map<string, string>();
		for (const page of sitePages()) {
			const image = metaValues(page, 'og:image')[0] ?? '';
			if (!sizes.has(image)) {
				const file = fileFor(dist, siteRoot, image);
				const meta = file ? await sharp(file).metadata() : undefined;
				sizes.set(image, meta ? `${meta.width}×${meta.height}` : 'missing');
			}
			if (sizes.get(image) !== '1200×630') problems.push(`${page.path}: og:image ${image} is ${sizes.get(image)}`);
			if (kind(page) && !image.endsWith(`${local(page).replace(/\/$/, '')}.jpg`)) problems.push(`${page.path}: uses ${image}, not its own card`);
		}
		failures(problems);
	});

	it('is kept out of search results exactly when it is the CMS, an embed, a search or 404 page', () => {
		const problems: string[] = [];
		for (const page of pages) {
			const noindex = metaValues(page, 'robots').some((value) => value.includes('noindex'));
			if (noindex !== mustNotIndex(page)) problems.push(`${page.path}: noindex is ${noindex}`);
		}
		failures(problems);
	});

	it('includes the search pages and the 404 pages these rules are about', () => {
		expect(pages.filter(isSearch).map((page) => page.path)).toEqual(['/en/search/', '/it/cerca/']);
		expect(pages.some(isNotFound)).toBe(true);
	});

	it('links the feed of its language, or both feeds on the pages in both languages', () => {
		const problems: string[] = [];
		for (const page of sitePages()) {
			const feeds = page.links.filter((link) => link.type === 'application/rss+xml').map((link) => link.href);
			const expected = (inLanguage(page) ? [page.lang] : ['it', 'en']).map((lang) => new URL(`${lang}/rss.xml`, siteRoot).href);
			if (feeds.join() !== expected.join()) problems.push(`${page.path}: feed links ${feeds}`);
		}
		failures(problems);
	});
});

describe('structured data', () => {
	it('parses on every page, and a breadcrumb trail is on every page below home', () => {
		const problems: string[] = [];
		for (const page of sitePages().filter((page) => inLanguage(page) && !isNotFound(page))) {
			let parsed: Record<string, unknown>[];
			try {
				parsed = nodes(page);
			} catch (error) {
				problems.push(`${page.path}: JSON-LD does not parse (${error})`);
				continue;
			}
			const crumbs = parsed.filter((node) => node['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; item: string }[] }[];
			if (isHome(page)) {
				if (crumbs.length) problems.push(`${page.path}: home page with breadcrumbs`);
				continue;
			}
			if (crumbs.length !== 1) {
				problems.push(`${page.path}: ${crumbs.length} BreadcrumbLists`);
				continue;
			}
			const items = crumbs[0]!.itemListElement;
			if (items[0]?.item !== new URL(`${page.lang}/`, siteRoot).href) problems.push(`${page.path}: breadcrumbs do not start at the home page`);
			if (items.at(-1)?.item !== canonical(page)[0]) problems.push(`${page.path}: breadcrumbs do not end at the page`);
			if (items.some((item, index) => item.position !== index + 1 || !fileFor(dist, siteRoot, item.item))) problems.push(`${page.path}: breadcrumb positions or targets are wrong`);
		}
		failures(problems);
	});

	it('offers a site search on each home page that lands on the search page', () => {
		for (const lang of ['it', 'en']) {
			const home = byPath.get(`/${lang}/`)!;
			const [site] = nodesOfType(home, 'WebSite') as { potentialAction: { target: { urlTemplate: string }; 'query-input': string } }[];
			const template = site!.potentialAction.target.urlTemplate;
			expect(template).toBe(new URL(lang === 'it' ? 'it/cerca/?q={search_term_string}' : 'en/search/?q={search_term_string}', siteRoot).href);
			expect(fileFor(dist, siteRoot, template.replace(/\?.*$/, ''))).toBeDefined();
		}
	});

	it('describes every story as an Article with its businesses and place', () => {
		const problems: string[] = [];
		const stories = sitePages().filter((page) => ['storie', 'stories'].includes(kind(page)?.[1] ?? ''));
		expect(stories.length).toBeGreaterThan(10);
		for (const page of stories) {
			const [article] = nodesOfType(page, 'Article') as Record<string, any>[];
			if (!article) {
				problems.push(`${page.path}: no Article`);
				continue;
			}
			const missing = ['headline', 'description', 'image', 'datePublished', 'dateModified', 'inLanguage'].filter((key) => !article[key]);
			if (missing.length) problems.push(`${page.path}: Article lacks ${missing}`);
			if (article.headline !== metaValues(page, 'og:title')[0]) problems.push(`${page.path}: headline differs from og:title`);
			if (article.inLanguage !== page.lang) problems.push(`${page.path}: inLanguage ${article.inLanguage}`);
			if (article.author?.['@type'] !== 'Person' || !article.author.name) problems.push(`${page.path}: author is not a Person`);
			if (article.publisher?.['@type'] !== 'Organization' || !fileFor(dist, siteRoot, article.publisher.logo?.url ?? '')) problems.push(`${page.path}: publisher or its logo missing`);
			const linked = [...(article.about ?? []), ...(article.mentions ?? [])];
			if (!linked.some((node) => node['@type'] === 'Place' && node.geo)) problems.push(`${page.path}: no Place with geo`);
			for (const node of linked.filter((node) => node['@type'] === 'LocalBusiness')) {
				const file = fileFor(dist, siteRoot, node['@id'].replace(/#.*$/, ''));
				const target = file && readPage(dist, file);
				if (!target || !nodes(target).some((other) => other['@id'] === node['@id'])) problems.push(`${page.path}: ${node['@id']} is not described on its page`);
			}
		}
		failures(problems);
	});

	it('describes every business with address, coordinates and contacts, and every district as a Place', () => {
		const problems: string[] = [];
		for (const page of sitePages().filter((page) => kind(page))) {
			const section = kind(page)![1]!;
			if (['imprese', 'businesses'].includes(section)) {
				const [business] = nodesOfType(page, 'LocalBusiness') as Record<string, any>[];
				if (business?.address?.['@type'] !== 'PostalAddress' || business.geo?.['@type'] !== 'GeoCoordinates' || !business.url) problems.push(`${page.path}: LocalBusiness incomplete`);
				const html = page.html;
				if (business?.email && !html.includes(`mailto:${business.email}`)) problems.push(`${page.path}: e-mail in JSON-LD but not on the page`);
			}
			if (['distretti', 'districts'].includes(section)) {
				const [place] = nodesOfType(page, 'Place') as Record<string, any>[];
				if (place?.geo?.['@type'] !== 'GeoCoordinates') problems.push(`${page.path}: no Place with geo`);
			}
		}
		failures(problems);
	});
});

describe('sitemap', () => {
	const entries = () => {
		const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
		expect(XMLValidator.validate(index)).toBe(true);
		return (xml.parse(index).sitemapindex.sitemap as { loc: string }[]).flatMap(({ loc }) => {
			const file = fileFor(dist, siteRoot, loc)!;
			const content = readFileSync(file, 'utf8');
			expect(XMLValidator.validate(content)).toBe(true);
			return xml.parse(content).urlset.url as { loc: string; lastmod?: string; 'xhtml:link'?: { hreflang: string; href: string }[] }[];
		});
	};

	it('lists every indexable page and nothing else', () => {
		const listed = entries().map((entry) => entry.loc).sort();
		const indexable = sitePages().filter((page) => !mustNotIndex(page)).map(urlOf).sort();
		expect(listed).toEqual(indexable);
	});

	it('gives each entry the same alternates as its page, and stories their content date', () => {
		const problems: string[] = [];
		for (const entry of entries()) {
			const page = readPage(dist, fileFor(dist, siteRoot, entry.loc)!);
			const fromSitemap = (entry['xhtml:link'] ?? []).map((link) => `${link.hreflang} ${link.href}`).sort();
			const fromPage = alternates(page).map((link) => `${link.hreflang} ${link.href}`).sort();
			if (fromSitemap.join() !== fromPage.join()) problems.push(`${entry.loc}: sitemap alternates ${fromSitemap} ≠ page ${fromPage}`);
			const modified = metaValues(page, 'article:modified_time')[0];
			if (modified && entry.lastmod?.slice(0, 10) !== modified) problems.push(`${entry.loc}: lastmod ${entry.lastmod} ≠ ${modified}`);
		}
		failures(problems);
	});

	it('leaves out drafts and is announced in robots.txt with an absolute URL', () => {
		const drafts = ['it', 'en'].flatMap((lang) =>
			existsSync(join(root, 'content/stories', lang))
				? readdirSync(join(root, 'content/stories', lang)).filter((name) => /^draft:\s*true\s*$/m.test(readFileSync(join(root, 'content/stories', lang, name), 'utf8'))).map((name) => name.replace(/\.mdx$/, ''))
				: [],
		);
		expect(drafts.length).toBeGreaterThan(0);
		const listed = entries().map((entry) => entry.loc);
		for (const slug of drafts) expect(listed.filter((url) => url.includes(`/${slug}/`))).toEqual([]);
		const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
		expect(robots).toContain(`Sitemap: ${new URL('sitemap-index.xml', siteRoot).href}`);
	});
});

describe('feeds', () => {
	it.each(['it', 'en'])('%s feed is well-formed and lists only published stories in its language', (lang) => {
		const content = readFileSync(join(dist, lang, 'rss.xml'), 'utf8');
		expect(XMLValidator.validate(content)).toBe(true);
		const channel = xml.parse(content).rss.channel as { language: string; item: { title: string; link: string }[] };
		expect(channel.language).toBe(lang);
		const storyPages = sitePages().filter((page) => page.lang === lang && ['storie', 'stories'].includes(kind(page)?.[1] ?? ''));
		expect(channel.item.map((item) => item.link).sort()).toEqual(storyPages.map(urlOf).sort());
		for (const item of channel.item) {
			const page = readPage(dist, fileFor(dist, siteRoot, item.link)!);
			expect(item.title).toBe(metaValues(page, 'og:title')[0]);
		}
	});
});

describe('share kit and embeds', () => {
	const shareable = () => sitePages().filter((page) => ['storie', 'stories', 'imprese', 'businesses'].includes(kind(page)?.[1] ?? ''));

	it('is on every story and business page as plain links, a QR code and the URL as text', () => {
		expect(shareable().length).toBeGreaterThan(40);
		const problems: string[] = [];
		for (const page of shareable()) {
			const networks = page.anchors.filter((a) => /^https:\/\/(?:wa\.me|www\.linkedin\.com|www\.facebook\.com|x\.com)\//.test(a.href));
			if (networks.length !== 4) problems.push(`${page.path}: ${networks.length} network links`);
			if (networks.some((a) => a.target !== '_blank' || !a.rel?.includes('noopener') || !decodeURIComponent(a.href).includes(canonical(page)[0]!))) problems.push(`${page.path}: a network link lacks target/rel or the page URL`);
			if (!page.anchors.some((a) => a.href.startsWith('mailto:?'))) problems.push(`${page.path}: no e-mail link`);
			const field = page.element((e) => e.tagName === 'input' && e.attrs.some((a) => a.name === 'id' && a.value === 'share-kit-url'));
			if (field?.attrs.find((a) => a.name === 'value')?.value !== canonical(page)[0]) problems.push(`${page.path}: the link is not shown as text`);
			if (!page.element((e) => e.tagName === 'figure' && e.attrs.some((a) => a.name === 'class' && a.value.includes('share-kit__qr')))) problems.push(`${page.path}: no QR code`);
			if (page.inlineScripts.some((script) => script.type !== 'application/ld+json')) problems.push(`${page.path}: has an inline script`);
		}
		failures(problems);
	});

	it('offers a noindex embed card for every story that links to it in a new tab', () => {
		const problems: string[] = [];
		for (const page of shareable().filter((page) => ['storie', 'stories'].includes(kind(page)![1]!))) {
			const slug = kind(page)![2]!;
			const file = join(dist, 'embed', page.lang!, slug, 'index.html');
			if (!existsSync(file)) {
				problems.push(`${page.path}: no embed card`);
				continue;
			}
			const card = readPage(dist, file);
			if (!card.anchors.some((a) => a.href === canonical(page)[0] && a.target === '_blank')) problems.push(`${card.path}: does not open the story in a new tab`);
			if (!page.html.includes(`/embed/${page.lang}/${slug}/`)) problems.push(`${page.path}: no embed snippet`);
		}
		failures(problems);
	});
});
