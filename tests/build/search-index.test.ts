/**
 * The search index in the built site is whole: every language's search
 * starts from `pagefind-entry.json`, so an entry or a file cut short breaks
 * search for a whole language without any page looking wrong. (Pagefind's
 * own writer once left the entry empty on a busy machine; the build now
 * writes the files itself.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { DIST, fileFor, htmlPages, requireDist } from '../support/dist.ts';
import { decodePagefindFile } from '../support/pagefind-files.ts';

beforeAll(requireDist);

const folder = join(DIST, 'pagefind');

describe('the search index', () => {
	it('names every language with as many pages as the site has searchable pages in it', () => {
		const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
		const searchable = htmlPages().filter((path) => readFileSync(fileFor(path)!, 'utf8').includes('data-pagefind-body'));
		for (const lang of LANGUAGES) {
			expect(entry.languages[lang], lang).toBeDefined();
			expect(entry.languages[lang]!.page_count, lang).toBe(searchable.filter((path) => path.startsWith(`/${lang}/`)).length);
			expect(decodePagefindFile(join(folder, `pagefind.${entry.languages[lang]!.hash}.pf_meta`)), lang).toBeTruthy();
		}
	});

	it('has every word index, result fragment and filter whole', () => {
		for (const kind of ['index', 'fragment', 'filter']) {
			const files = readdirSync(join(folder, kind));
			expect(files.length, kind).toBeGreaterThan(0);
			for (const name of files) expect(() => decodePagefindFile(join(folder, kind, name)), `${kind}/${name}`).not.toThrow();
		}
	});
});
