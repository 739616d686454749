/**
 * A story whose title and description try to break out of every context they
 * land in (HTML text and attributes, JSON-LD, RSS, share links), built for
 * real: the project is copied to a temporary folder with the hostile story
 * added (the real content is never touched) and built once for all checks.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/site.config.ts';
import { fileFor, metaValues, readPage, type PageFacts } from './seo-dist.ts';

const TITLE = `</script><script>alert("x")</script> & 'Fornace' <b>🎉`;
const DESCRIPTION = `Una descrizione con </script>, "virgolette", 'apici' & simboli <i>, abbastanza lunga da superare il controllo.`;
const SLUG = 'storia-ostile';

const story = (alt: string) => `---
title: ${JSON.stringify(TITLE)}
description: ${JSON.stringify(DESCRIPTION)}
publishDate: 2026-06-01
kind: entrepreneur
district: sassuolo
businesses: [ceramiche-fontana]
topics: [ceramica]
author: giulia-ferri
hero:
  image: la-fornace-dei-fontana.jpg
  alt: "${alt}"
verifiedBy: "Redazione di prova"
verifiedOn: 2026-05-30
---

Un paragrafo di prova per una storia con un titolo ostile.
`;

const root = process.cwd();
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.cache', '.astro', 'test-results']);
const siteRoot = new URL('/', `${SITE_URL}/`);
let project = '';
let dist = '';
let page: PageFacts;

beforeAll(() => {
	project = mkdtempSync(join(tmpdir(), 'trame-hostile-'));
	// The whole project but what a build makes or downloads, so new top-level folders (cms/…) come along.
	for (const name of readdirSync(root).filter((entry) => !NOT_COPIED.has(entry))) cpSync(join(root, name), join(project, name), { recursive: true });
	symlinkSync(realpathSync(join(root, 'node_modules')), join(project, 'node_modules'), 'dir');
	// Shares the optimised images and share cards (only the hostile story's are new), never the page
	// copies of the incremental build: those must only ever hold the real site's pages.
	for (const cache of ['og', 'astro/assets']) {
		if (!existsSync(join(root, '.cache', cache))) continue;
		mkdirSync(dirname(join(project, '.cache', cache)), { recursive: true });
		symlinkSync(realpathSync(join(root, '.cache', cache)), join(project, '.cache', cache), 'dir');
	}
	writeFileSync(join(project, 'content/stories/it', `${SLUG}.mdx`), story('Illustrazione di prova: piastrelle davanti a un forno'));
	writeFileSync(join(project, 'content/stories/en', `${SLUG}.mdx`), story('Test illustration: tiles in front of a kiln'));
	try {
		execFileSync(process.execPath, [join(project, 'scripts', 'build.ts')], { cwd: project, stdio: 'pipe', env: { ...process.env, SITE_BASE: '/' } });
	} catch (error) {
		const { stdout, stderr } = error as { stdout: Buffer; stderr: Buffer };
		throw new Error(`the hostile fixture did not build:\n${stdout}\n${stderr}`);
	}
	dist = join(project, 'dist');
	page = readPage(dist, join(dist, 'it', 'storie', SLUG, 'index.html'));
}, 300_000);

afterAll(() => {
	if (project) rmSync(project, { recursive: true, force: true });
});

describe('a story with a hostile title', () => {
	it('shows the title as text, never as markup, and runs no script from it', () => {
		expect(page.titles).toHaveLength(1);
		expect(page.titles[0]).toContain(TITLE);
		expect(page.inlineScripts.filter((script) => script.text.includes('alert'))).toEqual(
			page.inlineScripts.filter((script) => script.type === 'application/ld+json' && script.text.includes('alert')),
		);
		const injected = (facts: PageFacts) => facts.element((e) => (e.tagName === 'b' || e.tagName === 'i') && (e.childNodes[0] as { value?: string } | undefined)?.value?.startsWith('🎉') === true);
		expect(injected(page)).toBeUndefined();
	});

	it('keeps the exact title in Open Graph and Twitter tags', () => {
		expect(metaValues(page, 'og:title')).toEqual([TITLE]);
		expect(metaValues(page, 'twitter:title')).toEqual([TITLE]);
		expect(metaValues(page, 'description')).toEqual([DESCRIPTION]);
		expect(metaValues(page, 'og:description')).toEqual([DESCRIPTION]);
	});

	it('keeps the exact title in JSON-LD, escaped so it cannot end the script element', () => {
		const article = page.jsonLd.map((json) => JSON.parse(json)).find((node) => node['@type'] === 'Article');
		expect(article.headline).toBe(TITLE);
		expect(article.description).toBe(DESCRIPTION);
		for (const json of page.jsonLd) expect(json).not.toMatch(/[<>&]/);
		const crumbs = page.jsonLd.map((json) => JSON.parse(json)).find((node) => node['@type'] === 'BreadcrumbList');
		expect(crumbs.itemListElement.at(-1).name).toBe(TITLE);
	});

	it('keeps the exact title in the feed, which stays well-formed', () => {
		const xml = readFileSync(join(dist, 'it', 'rss.xml'), 'utf8');
		expect(XMLValidator.validate(xml)).toBe(true);
		const items = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml).rss.channel.item as { title: string; description: string; link: string }[];
		const item = items.find((candidate) => candidate.link.endsWith(`/it/storie/${SLUG}/`));
		expect(item).toMatchObject({ title: TITLE, description: DESCRIPTION });
	});

	it('gets a 1200×630 share card and share links carrying the exact title', async () => {
		const image = fileFor(dist, siteRoot, metaValues(page, 'og:image')[0]!);
		expect(await sharp(image!).metadata()).toMatchObject({ width: 1200, height: 630 });
		const whatsapp = page.anchors.find((a) => a.href.startsWith('https://wa.me/'));
		expect(new URL(whatsapp!.href).searchParams.get('text')).toContain(TITLE);
		const embed = readPage(dist, join(dist, 'embed', 'it', SLUG, 'index.html'));
		expect(embed.titles[0]).toContain(TITLE);
		expect(embed.element((e) => e.tagName === 'b')).toBeUndefined();
		expect(embed.anchors.some((a) => a.target === '_blank' && a.href.endsWith(`/it/storie/${SLUG}/`))).toBe(true);
	});
});
