/**
 * A real portal starts from an empty content/, as the README says: the
 * checker passes and lists what to add first, and the site builds (with
 * empty lists, and without the sample notice once the switch is off).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyProject } from '../../scripts/bench/project-copy.ts';
import { htmlPages } from '../support/dist.ts';
import { noticesAt } from '../support/sample-notice.ts';

let root = '';

function run(script: string) {
	const result = spawnSync(process.execPath, [join(root, 'scripts', script)], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SAMPLE_CONTENT: 'false' } });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'trame-empty-'));
	copyProject(process.cwd(), root);
	mkdirSync(join(root, 'content'));
});

afterAll(() => rmSync(root, { recursive: true, force: true, maxRetries: 10 }));

it('passes the content check, which says what to add first', () => {
	const { status, output } = run('check-content.ts');
	expect(status, output).toBe(0);
	expect(output).toContain('No story yet');
	expect(output).toMatch(/1\. a topic, the sector of your first district: content\/topics\//);
	expect(output).toMatch(/2\. a district: content\/districts\//);
});

it('builds a site with its home pages and no sample notice', () => {
	const { status, output } = run('build.ts');
	expect(status, output).toBe(0);
	const dist = join(root, 'dist');
	for (const home of ['index.html', 'it/index.html', 'en/index.html']) expect(existsSync(join(dist, home)), home).toBe(true);
	const withNotice = htmlPages(dist).filter((path) => noticesAt(dist, path).length > 0);
	expect(withNotice).toEqual([]);
}, 180_000);
