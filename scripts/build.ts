/**
 * `npm run build`: builds the site into a fresh directory next to `dist/`,
 * indexes it for search, and only when both succeed puts it in place of
 * `dist/`. A failed build (a broken story, a crashing page, a full disk)
 * leaves the previous site untouched and removes its own partial output, so a
 * deploy that picks up `dist/` ships either the last good site or the new
 * one, never half of one.
 *
 * Usage: node scripts/build.ts [more astro build flags]
 * The project root is the working directory; `--outDir` is set here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { indexSite } from './lib/search-index.ts';

const root = process.cwd();
const dist = join(root, 'dist');
// Same parent as dist/, so the final moves are renames on one file system, not copies.
const next = join(root, '.dist-next');
const previous = join(root, '.dist-previous');

/**
 * Astro's incremental build (astro.config.mjs) records which page copies in
 * its cache are current only when page generation finishes; a build that
 * fails half-way has already overwritten some copies. Without the record the
 * next build renders every page again, so it never serves a copy that does
 * not match its key. Same folder as `cacheDir` in astro.config.mjs.
 */
const pageCopiesRecord = join(root, '.cache', 'astro', 'incremental-build.json');

// Leftovers of a run that was killed half-way are never a site anyone should deploy.
if (existsSync(next)) rmSync(pageCopiesRecord, { force: true });
for (const stale of [next, previous]) rmSync(stale, { recursive: true, force: true });

/**
 * Memory, measured at 1,000 stories per language (npm run bench). Node sizes
 * its heap from the machine's RAM: on a large machine it lets garbage pile up
 * to gigabytes, on a 2 GB build container it would collect earlier, so a
 * fixed ceiling makes the build behave like the small machine everywhere.
 * NODE_OPTIONS with its own --max-old-space-size takes precedence.
 */
const HEAP_MB = 1536;
const heapLimit = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${HEAP_MB}`];
/**
 * Vite's bundler (rolldown) allocates with mimalloc, which keeps freed memory
 * for later by default: after bundling two thousand MDX stories that was
 * ~500 MB held through the rest of the build. Returning it at once costs no
 * measurable time.
 */
const allocator = { MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0' };

const astro = join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');
const result = spawnSync(process.execPath, [...heapLimit, astro, 'build', '--outDir', next, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env: { ...process.env, ...allocator } });

/** Removes the partial output and says what is still deployed, then exits. */
function fail(status: number): never {
	rmSync(next, { recursive: true, force: true });
	rmSync(pageCopiesRecord, { force: true });
	const kept = existsSync(dist) ? 'dist/ still holds the previous build' : 'there is no dist/ yet';
	console.error(`\nBuild failed: nothing was published (${kept}).`);
	process.exit(status);
}

if (result.status !== 0 || !existsSync(join(next, 'index.html'))) {
	// V8 aborts (SIGABRT) when the heap ceiling is reached.
	if (heapLimit.length > 0 && result.signal === 'SIGABRT') {
		console.error(`The build ran out of its ${HEAP_MB} MB heap: a site this large needs more, e.g. NODE_OPTIONS=--max-old-space-size=3072 npm run build`);
	}
	fail(result.status || 1);
}

try {
	const started = performance.now();
	const pages = await indexSite(next);
	console.log(`pagefind: indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	fail(1);
}

// Two renames: dist/ is at every moment either the old complete site, absent, or the new complete site.
if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
rmSync(previous, { recursive: true, force: true });
console.log('Build complete: dist/ replaced by the new site.');
