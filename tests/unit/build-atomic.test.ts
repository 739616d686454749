/**
 * `npm run build` (scripts/build.ts) on a copy of the project: a failed build
 * must leave the previous dist/ exactly as it was and no partial output
 * anywhere a deploy could pick it up; a good build replaces dist/ whole.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyProject } from '../../scripts/bench/project-copy.ts';
import { CASES, fixtureSite } from '../support/fixture-site.ts';

const PROJECT = process.cwd();

let cleanup = () => {};
afterEach(() => cleanup());

/** The fixture content (optionally one broken case) inside a copy of this project's code. */
function projectCopy(caseName?: string): string {
	const site = fixtureSite(caseName);
	cleanup = site.cleanup;
	copyProject(PROJECT, site.root);
	return site.root;
}

/** A stand-in for the site currently deployed, recognisable byte for byte. */
function previousSite(root: string): string {
	const marker = `<!doctype html><title>previous build ${Date.now()}</title>`;
	mkdirSync(join(root, 'dist', 'it'), { recursive: true });
	writeFileSync(join(root, 'dist', 'index.html'), marker);
	writeFileSync(join(root, 'dist', 'it', 'index.html'), marker);
	return marker;
}

function build(root: string) {
	const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run build', () => {
	it('keeps the previous dist/ intact and leaves no partial output when the content is broken', () => {
		const root = projectCopy('missing-image');
		const marker = previousSite(root);
		const before = readdirSync(root).sort();

		const { status, output } = build(root);

		expect(status, output).not.toBe(0);
		expect(output).toContain('Nothing was published');
		for (const message of readFileSync(join(CASES, 'missing-image', 'expected.txt'), 'utf8').split('\n').filter(Boolean)) expect(output).toContain(message);
		expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe(marker);
		expect(readFileSync(join(root, 'dist', 'it', 'index.html'), 'utf8')).toBe(marker);
		expect(readdirSync(join(root, 'dist')).sort()).toEqual(['index.html', 'it']);
		// Astro may create its caches (.astro/, .cache/), never a second site.
		const added = readdirSync(root).filter((name) => !before.includes(name));
		expect(added.filter((name) => !['.astro', '.cache'].includes(name))).toEqual([]);
	}, 120_000);

	it('throws away what was already written when a page crashes half-way through the build', () => {
		const root = projectCopy();
		const marker = previousSite(root);
		mkdirSync(join(root, 'src', 'pages'), { recursive: true });
		writeFileSync(join(root, 'src', 'pages', 'zz-crash.astro'), "---\nthrow new Error('page crashed on purpose');\n---\n");

		const { status, output } = build(root);

		expect(status, output).not.toBe(0);
		expect(output).toContain('page crashed on purpose');
		expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe(marker);
		expect(readdirSync(root).filter((name) => name.startsWith('.dist'))).toEqual([]);
	}, 240_000);

	it('replaces dist/ whole with the new site when the build succeeds, and deletes the old one', async () => {
		const root = projectCopy();
		const marker = previousSite(root);

		const { status, output } = build(root);

		expect(status, output).toBe(0);
		const home = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
		expect(home).not.toBe(marker);
		expect(home).toMatch(/<html[^>]*lang=/);
		expect(readdirSync(root).filter((name) => name.startsWith('.dist'))).toEqual([]);
		// The replaced site is deleted in the background, after the build has returned.
		const discardedSites = () => readdirSync(join(root, '.cache')).filter((name) => name.startsWith('discarded-site-'));
		await vi.waitFor(() => expect(discardedSites()).toEqual([]), { timeout: 15_000, interval: 200 });
	}, 240_000);
});
