/**
 * The HTML pages of a built site, for the steps `npm run build` runs over
 * every page after Astro (the asset check, the search index). Folders that
 * hold only images are skipped: walking them was most of the time a
 * recursive `readdir` spent on a large site.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Top-level folders of a built site that hold no pages, only images and index files. */
const NO_PAGES = new Set(['_astro', 'og', 'pagefind']);

/** Every `.html` file under `site`, relative to it. */
export async function builtPages(site: string, folder = ''): Promise<string[]> {
	const entries = await readdir(join(site, folder), { withFileTypes: true });
	const nested = await Promise.all(entries.filter((entry) => entry.isDirectory() && !(folder === '' && NO_PAGES.has(entry.name))).map((entry) => builtPages(site, join(folder, entry.name))));
	return [...entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(folder, entry.name)), ...nested.flat()];
}
