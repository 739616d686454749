/**
 * A third language is a row of the language table, its interface strings,
 * `SITE_LANGUAGES`, and content (the README's "How to add a language"). This
 * builds the small valid site with German translations added and German
 * listed, and reads what a German reader and a search engine would.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyProject } from '../../scripts/bench/project-copy.ts';
import { FIXTURES } from '../support/fixture-site.ts';

let root = '';
let build = { status: 0 as number | null, output: '' };
const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'trame-third-language-'));
	copyProject(process.cwd(), root);
	cpSync(join(FIXTURES, 'valid-site'), root, { recursive: true });
	cpSync(join(FIXTURES, 'third-language'), root, { recursive: true });
	const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SAMPLE_CONTENT: 'false', SITE_LANGUAGES: 'it,en,de' },
	});
	build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true, maxRetries: 10 }));

it('builds with German listed', () => {
	expect(build.status, build.output).toBe(0);
});

it('publishes the German story, district, business and lists under the German segments, in German', () => {
	const story = page('de/geschichten/la-prova');
	expect(story).toContain('<html lang="de"');
	expect(story).toContain('Die Feuerprobe');
	expect(story).toContain('14. März 2026');
	expect(story).toContain('href="/de/distrikte/sassuolo/"');
	expect(story).toContain('href="/de/unternehmen/ceramiche-prova/"');
	expect(page('de/distrikte/sassuolo')).toContain('Keramikdistrikt Sassuolo');
	expect(page('de/unternehmen/ceramiche-prova')).toContain('Handglasierte Fliesen');
	expect(page('de/geschichten')).toContain('Geschichten');
	expect(page('de/themen/keramik')).toContain('Die Feuerprobe');
	expect(page('de/suche')).toContain('<html lang="de"');
});

it('joins the three versions of the story: hreflang, og:locale and a language switch to each other language', () => {
	const italian = page('it/storie/la-prova');
	for (const [lang, href] of [['en', '/en/stories/la-prova/'], ['de', '/de/geschichten/la-prova/']]) {
		expect(italian).toMatch(new RegExp(`<link rel="alternate" href="[^"]*${href}" hreflang="${lang}"`));
		expect(italian).toMatch(new RegExp(`<a class="language-switch"[^>]*href="${href}"[^>]*hreflang="${lang}"`));
	}
	expect(italian).toContain('content="de_DE"');
	expect(page('de/geschichten/la-prova')).toContain('Leggi in italiano');
});

it('offers German on the language chooser and indexes German pages for search', () => {
	const chooser = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
	expect(chooser).toContain('href="/de/"');
	expect(chooser).toContain('Deutsch');
	expect(readdirSync(join(root, 'dist', 'pagefind', 'index')).length).toBeGreaterThan(0);
	expect(readFileSync(join(root, 'dist', 'pagefind', 'pagefind-entry.json'), 'utf8')).toContain('"de"');
});
