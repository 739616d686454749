/**
 * `npm run build`: builds the site into a fresh directory next to `dist/` and
 * only when Astro succeeds puts it in place of `dist/`. A failed build (a
 * broken story, a crashing page, a full disk) leaves the previous site
 * untouched and removes its own partial output, so a deploy that picks up
 * `dist/` ships either the last good site or the new one, never half of one.
 *
 * Usage: node scripts/build.ts [more astro build flags]
 * The project root is the working directory; `--outDir` is set here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = process.cwd();
const dist = join(root, 'dist');
// Same parent as dist/, so the final moves are renames on one file system, not copies.
const next = join(root, '.dist-next');
const previous = join(root, '.dist-previous');

// Leftovers of a run that was killed half-way are never a site anyone should deploy.
for (const stale of [next, previous]) rmSync(stale, { recursive: true, force: true });

const astro = join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', next, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });

if (result.status !== 0 || !existsSync(join(next, 'index.html'))) {
	rmSync(next, { recursive: true, force: true });
	const kept = existsSync(dist) ? 'dist/ still holds the previous build' : 'there is no dist/ yet';
	console.error(`\nBuild failed: nothing was published (${kept}).`);
	process.exit(result.status || 1);
}

// Two renames: dist/ is at every moment either the old complete site, absent, or the new complete site.
if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
rmSync(previous, { recursive: true, force: true });
console.log('Build complete: dist/ replaced by the new site.');
