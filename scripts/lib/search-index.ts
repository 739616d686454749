/**
 * Indexes a built site with Pagefind; `npm run build` (scripts/build.ts) runs
 * it right after Astro, before the new site replaces dist/, so one command
 * yields a searchable site. It runs after the Astro process has exited rather
 * than in an `astro:build:done` hook, where Pagefind's memory came on top of
 * Astro's at its largest and raised the build's peak.
 * Pagefind splits the index by `<html lang>` (one per language, each stemmed
 * in its language) and indexes only the `data-pagefind-body` parts of story,
 * business and district pages.
 *
 * Pages are handed to Pagefind as text rather than as a folder, so their
 * apostrophes can be made plain first (see utils/search-text.ts): the built
 * HTML keeps its typography, the index finds "impasto" in "l’impasto".
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { builtPages } from './built-pages.ts';
import { plainApostrophes } from '../../src/utils/search-text.ts';

/** Pagefind's ready-made interfaces, made with every index; the site has its own, so they are not written. */
const UNUSED_BUNDLE_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
/** Pages read and handed over at once: enough to keep Pagefind busy, few enough to keep memory flat. */
const BATCH = 32;

/** The site path Pagefind should show for a built file: `it/storie/x/index.html` → `/it/storie/x/`. */
function pageUrl(relativeFile: string): string {
	return `/${relativeFile.split(sep).join('/')}`.replace(/index\.html$/, '');
}

/** Writes `pagefind/` into the built site at `root`; returns how many pages were indexed. */
export async function indexSite(root: string): Promise<number> {
	const { index, errors: createErrors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
	// The index's files depend on the order pages are added: always the same order, whatever the disk lists first.
	const files = (await builtPages(root)).sort();
	let pages = 0;
	for (let start = 0; start < files.length; start += BATCH) {
		const batch = files.slice(start, start + BATCH);
		const htmls = await Promise.all(batch.map((file) => readFile(join(root, file), 'utf8')));
		// Only marked pages are searchable; the rest (lists, admin, 404s, the search page) stay out.
		const searchable = batch.map((file, position) => ({ file, html: htmls[position]! })).filter(({ html }) => html.includes('data-pagefind-body'));
		// Handed over in that order, all at once.
		await Promise.all(
			searchable.map(async ({ file, html }) => {
				const { errors } = await index.addHTMLFile({ url: pageUrl(file), content: plainApostrophes(html) });
				if (errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${errors.join('; ')}`);
			}),
		);
		pages += searchable.length;
	}
	// The index is taken in memory and written here: Pagefind's own writeFiles answers before its last
	// writes reach the disk, and close() then stops it, which once left an empty pagefind-entry.json.
	const { files: indexFiles, errors } = await index.getFiles();
	await pagefind.close();
	if (errors.length > 0) throw new Error(`Pagefind could not make its index: ${errors.join('; ')}`);
	const folder = join(root, 'pagefind');
	for (const file of indexFiles.filter(({ path }) => !UNUSED_BUNDLE_FILES.test(path))) {
		await mkdir(dirname(join(folder, file.path)), { recursive: true });
		await writeFile(join(folder, file.path), file.content);
	}
	return pages;
}
