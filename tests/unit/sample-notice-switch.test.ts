/**
 * The sample-content switch on a real build: the small fixture site built with
 * SAMPLE_CONTENT=true carries the notice on a page of every kind in both
 * languages; built again with SAMPLE_CONTENT=false, as a real portal's deploy
 * would, it carries it on none, although the incremental build could have
 * copied every unchanged page from the first build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/bench/project-copy.ts';
import { LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { entryUrl, homeUrl, sectionUrl } from '../../src/utils/routes.ts';
import { htmlPages } from '../support/dist.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { builtFile, expectedNotice, isPublicPage, noticesAt } from '../support/sample-notice.ts';

const BUILD_TIMEOUT = 180_000;

let root = '';
let cleanup = () => {};

function build(sampleContent: 'true' | 'false'): void {
	const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SAMPLE_CONTENT: sampleContent } });
	expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}

const dist = () => join(root, 'dist');
const fileOf = (path: string) => builtFile(dist(), path);
const noticesOf = (path: string) => noticesAt(dist(), path);

/** One page of every kind the fixture builds, in one language. */
const kindsIn = (lang: Language) => [
	homeUrl(lang),
	entryUrl(lang, 'stories', { id: 'la-prova' }),
	sectionUrl(lang, 'stories'),
	sectionUrl(lang, 'districts'),
	entryUrl(lang, 'districts', { id: 'sassuolo' }),
	sectionUrl(lang, 'businesses'),
	entryUrl(lang, 'businesses', 'ceramiche-prova'),
	sectionUrl(lang, 'tags'),
	entryUrl(lang, 'tags', lang === 'it' ? 'ceramica' : 'ceramics'),
	entryUrl(lang, 'authors', 'anna-verdi'),
	sectionUrl(lang, 'search'),
	`/${lang}/404/`,
	`/embed/${lang}/la-prova/`,
];
const EVERY_KIND = ['/', '/404.html', ...LANGUAGES.flatMap(kindsIn)];

beforeAll(() => {
	const site = fixtureSite();
	root = site.root;
	cleanup = site.cleanup;
	copyProject(process.cwd(), root);
}, BUILD_TIMEOUT);

afterAll(() => cleanup());

describe('the SAMPLE_CONTENT switch', () => {
	it('on: every page, of every kind and in both languages, says the content is a sample and links to the page explaining it', () => {
		build('true');

		expect(EVERY_KIND.filter((path) => !existsSync(fileOf(path))), 'pages the fixture should build').toEqual([]);
		const pages = htmlPages(dist()).filter(isPublicPage);
		for (const path of new Set([...EVERY_KIND, ...pages])) expect(noticesOf(path), path).toEqual([expectedNotice(path)]);
		for (const lang of LANGUAGES) expect(existsSync(fileOf(sectionUrl(lang, 'sample'))), `${lang} sample page`).toBe(true);
	}, BUILD_TIMEOUT);

	it('off: no page says so, and the sample page is gone, though the content did not change', () => {
		build('false');

		expect(EVERY_KIND.filter((path) => !existsSync(fileOf(path))), 'pages the fixture should build').toEqual([]);
		const withNotice = htmlPages(dist()).filter((path) => noticesOf(path).length > 0);
		expect(withNotice).toEqual([]);
		for (const lang of LANGUAGES) expect(existsSync(fileOf(sectionUrl(lang, 'sample'))), `${lang} sample page`).toBe(false);
	}, BUILD_TIMEOUT);
});
