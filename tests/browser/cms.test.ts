/**
 * Drives the real Decap CMS the way an editor does on a laptop (`npm run cms`):
 * decap-server in git mode (so the editorial workflow is available) and
 * `astro dev`, both on a throw-away copy of the project holding the valid
 * fixture site. The editor writes a story in Italian with a relation, an
 * image and an editor component, translates it, and publishes it; the files
 * must then pass the content checker and build into two pages.
 *
 * Status change and publishing happen on the editorial workflow board: in the
 * editor, Decap's relation widget marks an i18n entry as changed right after
 * every save (decaporg/decap-cms#7142), and the editor then refuses to change
 * the status. The board does the same git operations.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-checks/check.ts';
import { readStoryText } from '../../src/content-checks/read-files.ts';
import { entryUrl } from '../../src/utils/routes.ts';
import { launchBrowser, type RunningBrowser } from '../support/browser.ts';
import { fixtureSite } from '../support/fixture-site.ts';

const PROJECT = process.cwd();
const DECAP_PORT = process.env.PORT ?? '8081';
const SLUG = 'olio-e-rame-prova-del-cms';
const GIT_ENV = { GIT_AUTHOR_NAME: 'Redazione di prova', GIT_AUTHOR_EMAIL: 'redazione@example.org', GIT_COMMITTER_NAME: 'Redazione di prova', GIT_COMMITTER_EMAIL: 'redazione@example.org' };

let site: ReturnType<typeof fixtureSite>;
let browser: RunningBrowser;
let page: Page;
let adminUrl: string;
const servers: { name: string; child: ChildProcess; output: string[] }[] = [];

const freePort = () =>
	new Promise<number>((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});

/** The environment an editor's shell has: Vitest's own variables (NODE_ENV=test, VITEST…) would change how Astro serves. */
const shellEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$|DEV$|PROD$|SSR$|BASE_URL$)/.test(key)));

/** Starts a Node script of a dependency under the project's Node, keeping its output for failure messages. */
function start(name: string, script: string, args: string[], env: Record<string, string>) {
	const child = spawn(process.execPath, [join(PROJECT, 'node_modules', script), ...args], { cwd: site.root, env: { ...shellEnv(), ...GIT_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	const output: string[] = [];
	child.stdout?.on('data', (chunk) => output.push(String(chunk)));
	child.stderr?.on('data', (chunk) => output.push(String(chunk)));
	servers.push({ name, child, output });
}

/** Polls until `check` passes; the message names what never happened and what the servers said. */
async function until(what: string, check: () => boolean | Promise<boolean>, timeout = 60_000) {
	const end = Date.now() + timeout;
	while (Date.now() < end) {
		if (await Promise.resolve().then(check).catch(() => false)) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`${what} did not happen within ${timeout / 1000}s.\n${servers.map((server) => `--- ${server.name}:\n${server.output.join('').slice(-2000)}`).join('\n')}`);
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: site.root, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
const storyFile = (lang: string) => join(site.root, 'content/stories', lang, `${SLUG}.mdx`);
const readStory = (lang: string) => {
	const problems: unknown[] = [];
	const story = readStoryText(`content/stories/${lang}/${SLUG}.mdx`, readFileSync(storyFile(lang), 'utf8'), problems);
	expect(problems).toEqual([]);
	return story as { data: Record<string, unknown>; body: string };
};

/** A field of the Italian (pane 0) or English (pane 1) column, found through its visible label. */
async function field(label: string, pane = 0) {
	const id = await page.locator('label').filter({ hasText: new RegExp(`^${label}( \\(opzionale\\))?$`) }).nth(pane).getAttribute('for');
	return page.locator(`[id="${id}"]`);
}
/** Picks an option in a select or relation widget by typing, as an editor would. */
async function choose(label: string, option: string) {
	const input = await field(label);
	await input.click();
	await input.pressSequentially(option.slice(0, 8));
	await page.getByRole('option', { name: option }).first().click();
}

beforeAll(async () => {
	site = fixtureSite();
	for (const item of ['src', 'cms', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(PROJECT, item), join(site.root, item), { recursive: true });
	symlinkSync(join(PROJECT, 'node_modules'), join(site.root, 'node_modules'));
	writeFileSync(join(site.root, '.gitignore'), 'node_modules\ndist\n.astro\n.cache\n');
	git('init', '-q', '-b', 'main');
	git('add', '.');
	git('commit', '-qm', 'Fixture site');

	const astroPort = await freePort();
	start('decap-server', 'decap-server/dist/index.js', [], { PORT: DECAP_PORT, MODE: 'git', GIT_REPO_DIRECTORY: site.root });
	start('astro dev', 'astro/bin/astro.mjs', ['dev', '--host', '127.0.0.1', '--port', String(astroPort)], { DECAP_SERVER_PORT: DECAP_PORT });
	adminUrl = `http://127.0.0.1:${astroPort}/admin/`;
	await until('decap-server answering', async () => (await fetch(`http://localhost:${DECAP_PORT}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}', signal: AbortSignal.timeout(5000) })).ok);
	await until('astro dev serving /admin/', async () => (await fetch(adminUrl, { signal: AbortSignal.timeout(5000) })).ok);

	browser = await launchBrowser({ viewport: { width: 1400, height: 1000 } });
	page = await browser.context.newPage();
	page.on('dialog', (dialog) => void dialog.accept());
}, 120_000);

afterAll(async () => {
	await browser?.close();
	for (const { child } of servers) {
		if (child.exitCode === null) {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await exited;
		}
	}
	site?.cleanup();
});

describe('editors write through Decap CMS', () => {
	it('an editor writes a story in Italian, translates it into English and publishes it', async () => {
		await page.goto(adminUrl);
		await page.getByRole('button', { name: 'Accedi' }).click();
		await page.getByText('Contenuti').first().waitFor();
		await page.goto(`${adminUrl}#/collections/stories/new`);

		await (await field('Titolo')).fill('Òlio e rame: prova del CMS');
		await (await field('Descrizione')).fill('Una bottega di ramai racconta il mestiere: la prova che il CMS scrive storie valide.');
		await (await field('Data di pubblicazione')).fill('2026-03-14');
		await choose('Tipo di storia', "Impresa (racconta un'azienda)");
		await choose('Distretto', 'Distretto ceramico di Sassuolo');
		await choose('Imprese raccontate', 'Ceramiche Prova');
		await choose('Autore', 'Anna Verdi');
		await page.getByRole('button', { name: "Scegli un'immagine" }).first().click();
		await page.getByText('tile.jpg').click();
		await page.getByRole('button', { name: 'Prendi selezionato' }).click();
		await (await field('Testo alternativo')).fill('Piastrelle di rame battuto al sole');
		await (await field('Fatti verificati da')).fill('Anna Verdi');
		await (await field('Data della verifica')).fill('2026-03-10');

		await page.locator('[data-slate-editor]').first().click();
		await page.keyboard.type('La bottega apre alle sette.');
		await page.keyboard.press('Enter');
		await page.locator('[class*=EditorControlBar]').first().getByTitle('Aggiungi componente').click();
		await page.getByText('Citazione in evidenza', { exact: true }).click();
		await (await field('Citazione')).fill('Il rame "ricorda" ogni colpo {di martello}.');
		await (await field('Chi parla \\(nome e ruolo\\)')).fill('Mario Rossi, ramaio');

		await page.getByRole('button', { name: 'Salva' }).click();
		await page.getByRole('button', { name: 'Stato: Bozza' }).waitFor();
		// The editorial workflow keeps the draft on its own branch: nothing is published yet.
		expect(git('branch', '--list', `cms/stories/${SLUG}`)).toContain(SLUG);
		expect(existsSync(storyFile('it'))).toBe(false);

		await (await field('Titolo', 1)).fill('Oil and copper: a CMS test');
		await (await field('Descrizione', 1)).fill('A coppersmiths’ workshop tells its craft: proof that the CMS writes valid stories.');
		await (await field('Testo alternativo', 1)).fill('Hammered copper tiles in the sun');
		await page.locator('[data-slate-editor]').nth(1).click();
		await page.keyboard.type('The workshop opens at seven.');
		await page.getByRole('button', { name: 'Salva' }).click();
		await until('the translation saved on the draft branch', () => git('show', `cms/stories/${SLUG}:content/stories/en/${SLUG}.mdx`).includes('Oil and copper'));

		await page.goto(`${adminUrl}#/workflow`);
		const card = page.getByText('Òlio e rame: prova del CMS').first();
		await card.dragTo(page.getByText('Pronto', { exact: true }));
		await page.getByText('1 pronte per la pubblicazione', { exact: false }).waitFor();
		await page.getByText('Òlio e rame: prova del CMS').first().hover();
		await page.getByRole('button', { name: 'Pubblica una nuova voce' }).click();
		await until('the story published on main', () => existsSync(storyFile('it')) && existsSync(storyFile('en')));

		const italian = readStory('it');
		const english = readStory('en');
		const shared = {
			publishDate: '2026-03-14',
			kind: 'entrepreneur',
			district: 'sassuolo',
			businesses: ['ceramiche-prova'],
			author: 'anna-verdi',
			verifiedBy: 'Anna Verdi',
			verifiedOn: '2026-03-10',
			featured: false,
			draft: false,
		};
		expect(italian.data).toEqual({
			title: 'Òlio e rame: prova del CMS',
			description: 'Una bottega di ramai racconta il mestiere: la prova che il CMS scrive storie valide.',
			hero: { image: 'tile.jpg', alt: 'Piastrelle di rame battuto al sole' },
			...shared,
		});
		expect(english.data).toEqual({
			title: 'Oil and copper: a CMS test',
			description: 'A coppersmiths’ workshop tells its craft: proof that the CMS writes valid stories.',
			hero: { image: 'tile.jpg', alt: 'Hammered copper tiles in the sun' },
			...shared,
		});
		expect(italian.body).toContain('La bottega apre alle sette.');
		expect(italian.body).toContain('<PullQuote cite="Mario Rossi, ramaio">\nIl rame "ricorda" ogni colpo \\{di martello\\}.\n</PullQuote>');
		expect(english.body).toContain('The workshop opens at seven.');
		expect(git('branch', '--list', 'cms/*')).toBe('');

		const report = checkContent(site.root);
		expect(report.problems).toEqual([]);
		expect(report.backlog.map((item) => item.slug)).not.toContain(SLUG);
	}, 240_000);

	it('the build accepts the saved story and publishes it in both languages', async (context) => {
		if (!existsSync(storyFile('it'))) context.skip('the editing test above did not publish the story');
		execFileSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: site.root, stdio: 'pipe', env: { ...shellEnv(), ASTRO_TELEMETRY_DISABLED: '1' } });
		const built = (lang: 'it' | 'en', slug: string) => existsSync(join(site.root, 'dist', entryUrl(lang, 'stories', slug), 'index.html'));
		// Until the story pages exist (pages branch), the build can only prove the content guard accepted the files.
		if (!built('it', 'la-prova')) context.skip('this branch has no story pages yet: the fixture story la-prova is not built either');
		expect(built('it', SLUG)).toBe(true);
		expect(built('en', SLUG)).toBe(true);
	}, 240_000);
});
