/**
 * Indexes the built site with Pagefind as the last step of `astro build`, so
 * one command yields a searchable site. Pagefind splits the index by
 * `<html lang>` (one per language, each stemmed in its language) and indexes
 * only the `data-pagefind-body` parts of story, business and district pages.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'trame:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { index, errors: createErrors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
				const root = fileURLToPath(dir);
				const { errors, page_count } = await index.addDirectory({ path: root });
				if (errors.length > 0) throw new Error(`Pagefind could not index the site: ${errors.join('; ')}`);
				await index.writeFiles({ outputPath: `${root}/pagefind` });
				await pagefind.close();
				logger.info(`indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
