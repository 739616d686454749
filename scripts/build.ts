/**
 * `npm run build`, the one orchestrator of a build: checks the content, starts
 * drawing the share cards (`lib/share-cards.ts`) and builds the site with
 * Astro into a fresh directory next to `dist/` meanwhile, checks that every
 * file its pages link to under `_astro/` was built (`lib/missing-assets.ts`),
 * puts the cards in, writes the redirects of former addresses, indexes it for search, and only when all that succeeds
 * puts it in place of `dist/`. A failed build (a broken story, a
 * crashing page, a full disk) leaves the previous site untouched and removes
 * its own partial output, so a deploy that picks up `dist/` ships either the
 * last good site or the new one, never half of one.
 *
 * Usage: node scripts/build.ts [more astro build flags]
 * The project root is the working directory; `--outDir` is set here.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { checkContent } from '../src/content-checks/check.ts';
import { formatReport } from '../src/content-checks/problems.ts';
import { BUILD_SCRIPT_ENV } from '../src/integrations/content-guard.ts';
import { missingAssets } from './lib/missing-assets.ts';
import { chooseHeap, siteSize, tooLargeMessage } from './lib/heap.ts';
import { writeRedirects } from './lib/redirects.ts';
import { indexSite } from './lib/search-index.ts';
import { cardsOf, startShareCards, type ShareCardStage } from './lib/share-cards.ts';

const root = process.cwd();
const dist = join(root, 'dist');
// Same parent as dist/, so the final moves are renames on one file system, not copies.
const next = join(root, '.dist-next');
const previous = join(root, '.dist-previous');
/** Sites replaced by a newer build wait here, as `discarded-site-…`, to be deleted in the background. */
const cache = join(root, '.cache');

/**
 * Astro's incremental build (astro.config.mjs) keeps a copy of every page and
 * records which copies are current only when page generation finishes; a
 * build that fails half-way has already overwritten some copies. Dropping
 * record and copies makes the next build render every page again, so it never
 * ships a copy that does not match its key. Same folder as `cacheDir` in
 * astro.config.mjs.
 */
function forgetPageCopies(): void {
	rmSync(join(root, '.cache', 'astro', 'incremental-build.json'), { force: true });
	rmSync(join(root, '.cache', 'astro', 'dist'), { recursive: true, force: true });
}

// Leftovers of a run that was killed half-way are never a site anyone should deploy.
if (existsSync(next)) forgetPageCopies();
for (const stale of [next, previous]) rmSync(stale, { recursive: true, force: true });

// Chosen before anything renders, so a site this machine cannot hold fails now, not minutes into the build.
const size = siteSize(root);
const heap = chooseHeap(size, Math.floor(process.availableMemory() / 1024 ** 2), process.env.NODE_OPTIONS);
if (heap.kind === 'too-large') {
	console.error(tooLargeMessage(size, heap));
	process.exit(1);
}
const heapLimit = heap.kind === 'chosen' ? [`--max-old-space-size=${heap.megabytes}`] : [];
if (heap.kind === 'chosen') console.log(`heap: ${heap.megabytes} MB for ${size.stories} stories and ${size.businesses} businesses`);
/**
 * Vite's bundler (rolldown) allocates with mimalloc, which keeps freed memory
 * for later by default, hundreds of megabytes after bundling a large site's
 * stories, held through the rest of the build; returning it at once costs no
 * measurable time.
 */
const allocator = { MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0' };

const astro = join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');

let shareCards: ShareCardStage | undefined;

/** Removes the partial output and says what is still deployed, then exits. */
function fail(status: number): never {
	shareCards?.stop();
	rmSync(next, { recursive: true, force: true });
	forgetPageCopies();
	const kept = existsSync(dist) ? 'dist/ still holds the previous build' : 'there is no dist/ yet';
	console.error(`\nBuild failed: nothing was published (${kept}).`);
	process.exit(status);
}

/**
 * `astro build` into the fresh directory; stops here, publishing nothing, if
 * it fails. Asynchronous, so the share-card process keeps being fed and heard.
 */
async function astroBuild(): Promise<void> {
	rmSync(next, { recursive: true, force: true });
	const child = spawn(process.execPath, [...heapLimit, astro, 'build', '--outDir', next, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env: { ...process.env, ...allocator, [BUILD_SCRIPT_ENV]: '1' } });
	const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
		child.on('error', () => resolve([1, null]));
		child.on('exit', (code, exitSignal) => resolve([code, exitSignal]));
	});
	if (status === 0 && existsSync(join(next, 'index.html'))) return;
	// V8 aborts (SIGABRT) when the heap ceiling is reached.
	if (heap.kind === 'chosen' && signal === 'SIGABRT') {
		console.error(`The build ran out of the ${heap.megabytes} MB heap it chose for ${size.stories} stories and ${size.businesses} businesses: the estimate in scripts/lib/heap.ts is too low for this content. Until it is corrected: NODE_OPTIONS=--max-old-space-size=${heap.megabytes * 2} npm run build`);
	}
	fail(status || 1);
}

// The check reads every file once and names every problem at once, before anything is drawn or built.
const report = checkContent(root);
if (report.problems.length > 0) {
	console.error(formatReport(report.problems));
	fail(1);
}
console.log(`Content ok: ${report.counts.stories} stories, ${report.counts.businesses} businesses, ${report.counts.districts} districts; ${report.backlog.length} awaiting translation; ${report.recheck.length} with facts to check again (/admin/da-ricontrollare/).`);
shareCards = startShareCards(root, cardsOf(report));

await astroBuild();
const unlinked = await missingAssets(next);
if (unlinked.length > 0) {
	console.warn(`\n${unlinked.length} file(s) that pages link to were not built (${unlinked[0]!.page} links to ${unlinked[0]!.file}): pages copied from the previous build point at stylesheets or scripts this build named differently. Rendering every page again.\n`);
	forgetPageCopies();
	await astroBuild();
	const stillMissing = await missingAssets(next);
	if (stillMissing.length > 0) {
		console.error(stillMissing.map(({ file, page }) => `${page} links to ${file}, which the build did not write`).join('\n'));
		fail(1);
	}
}

try {
	const { cards, drawn } = await shareCards.publish(next);
	console.log(`share cards: ${cards} in the site (${drawn} drawn, ${cards - drawn} from the cache)`);
	console.log(`redirects: ${await writeRedirects(next, report)} former addresses`);
	const started = performance.now();
	const pages = await indexSite(next);
	console.log(`pagefind: indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	fail(1);
}

/**
 * Deleting the replaced site (tens of thousands of files on a large site)
 * would keep the build waiting with the new site already in place. It moves
 * into `.cache/` and a detached process deletes
 * it after this build returns, together with any replaced site an earlier
 * deletion left (a machine switched off half-way). Where `.cache/` is on
 * another file system (a mounted CI cache) it cannot move there and is
 * deleted now.
 */
function discard(site: string): void {
	const parked = join(cache, `discarded-site-${Date.now()}-${process.pid}`);
	try {
		mkdirSync(cache, { recursive: true });
		renameSync(site, parked);
	} catch {
		rmSync(site, { recursive: true, force: true });
		return;
	}
	const sites = readdirSync(cache).filter((name) => name.startsWith('discarded-site-')).map((name) => join(cache, name));
	// Each site on its own: one that another deletion is still emptying must not stop the others.
	const deleteAll = `for (const site of process.argv.slice(1)) try { require('node:fs').rmSync(site, { recursive: true, force: true, maxRetries: 3 }) } catch {}`;
	const deleter = spawn(process.execPath, ['-e', deleteAll, ...sites], { detached: true, stdio: 'ignore' });
	// The new site is already in place: a deletion that cannot start is retried by the next build.
	deleter.on('error', () => {});
	deleter.unref();
}

// Two renames: dist/ is at every moment either the old complete site, absent, or the new complete site.
if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
if (existsSync(previous)) discard(previous);
console.log('Build complete: dist/ replaced by the new site.');
