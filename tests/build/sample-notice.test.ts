/**
 * The built site says it runs on invented sample content exactly when the
 * switch in src/site.config.ts is on: on every public page, in the page's
 * language (both on the pages in both languages), linking to the page that
 * explains the sample. tests/unit/sample-notice-switch.test.ts builds a site
 * with the switch off.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { SAMPLE_CONTENT } from '../../src/site.config.ts';
import { sectionUrl } from '../../src/utils/routes.ts';
import { DIST, fileFor, htmlPages, requireDist } from '../support/dist.ts';
import { pagesOfEachKind } from '../support/page-kinds.ts';
import { expectedNotice, isPublicPage, noticesAt } from '../support/sample-notice.ts';

beforeAll(requireDist);

const noticesOf = (path: string) => noticesAt(DIST, path);

describe(`the sample-content notice (SAMPLE_CONTENT is ${SAMPLE_CONTENT})`, () => {
	it('is checked on a page of every kind in both languages, embed cards included', () => {
		const { pages, missing } = pagesOfEachKind();
		expect(missing).toEqual([]);
		expect(pages.filter((page) => page.kind === 'embed card').map((page) => page.lang)).toEqual([...LANGUAGES]);
	});

	it(SAMPLE_CONTENT ? 'shows on every public page, in its language, linking to the sample page' : 'shows on no page', () => {
		const pages = htmlPages().filter(isPublicPage);
		const wrong = pages.filter((path) => JSON.stringify(noticesOf(path)) !== JSON.stringify(SAMPLE_CONTENT ? [expectedNotice(path)] : []));
		expect(wrong.map((path) => `${path}: ${JSON.stringify(noticesOf(path))}`).slice(0, 10)).toEqual([]);
		expect(pages.length).toBeGreaterThan(20);
	});

	it(SAMPLE_CONTENT ? 'links to a sample page in each language' : 'builds no sample page', () => {
		for (const lang of LANGUAGES) expect(fileFor(sectionUrl(lang, 'sample')) !== undefined, sectionUrl(lang, 'sample')).toBe(SAMPLE_CONTENT);
	});

	it('stays out of the CMS', () => {
		expect(noticesOf('/admin/')).toEqual([]);
	});
});
