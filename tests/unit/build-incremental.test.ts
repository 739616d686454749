/**
 * `npm run build` twice on a copy of the project: the second build copies
 * unchanged pages from the first (Astro's incremental build, keyed by the
 * digest of each page's view model) and must still show every edit an editor
 * makes. The steps run in order on one project, as editors' saves do; each
 * states the one change it makes and checks the pages that must show it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/bench/project-copy.ts';
import { CASES, fixtureSite } from '../support/fixture-site.ts';

const BUILD_TIMEOUT = 180_000;

let root = '';
let cleanup = () => {};

/** Runs the build; returns its exit status and Astro's log without colours. */
function tryBuild(): { status: number | null; log: string } {
	const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	return { status: result.status, log: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

function build(): string {
	const { status, log } = tryBuild();
	expect(status, log).toBe(0);
	return log;
}

/** Astro logs a page it copied from the previous build as `<file> (restored)`. */
const restored = (log: string, page: string) => log.includes(`${page}index.html (restored)`);
const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
/** The share card a page's `og:image` names, as the built site serves it. */
const card = (path: string) => readFileSync(join(root, 'dist', 'og', `${path}.jpg`));
const edit = (file: string, change: (text: string) => string) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

beforeAll(() => {
	const site = fixtureSite();
	root = site.root;
	cleanup = site.cleanup;
	copyProject(process.cwd(), root);
	// A second story in the same district and business, so each page has a neighbour that must not change;
	// it is not about export, so one topic page lists only the first story.
	for (const lang of ['it', 'en']) {
		const source = readFileSync(join(root, 'content/stories', lang, 'la-prova.mdx'), 'utf8');
		const [title, description] = lang === 'it' ? ['Il secondo forno', 'Perché la stessa fabbrica ha acceso un secondo forno, più piccolo, per le serie brevi.'] : ['The second kiln', 'Why the same factory lit a second, smaller kiln for short runs.'];
		writeFileSync(
			join(root, 'content/stories', lang, 'il-secondo-forno.mdx'),
			source
				.replace(/^title: .*$/m, `title: ${title}`)
				.replace(/^description: .*$/m, `description: ${description}`)
				.replace('publishDate: 2026-03-14', 'publishDate: 2026-03-20')
				.replace('topics: [ceramica, export]', 'topics: [ceramica]'),
		);
	}
	build();
}, BUILD_TIMEOUT);

afterAll(() => cleanup());

describe('npm run build after a first build', () => {
	it('copies the pages of an unchanged site instead of rendering them again', () => {
		const before = page('it/storie/la-prova');

		const log = build();

		for (const path of ['/it/storie/la-prova/', '/en/stories/il-secondo-forno/', '/it/distretti/sassuolo/', '/it/imprese/ceramiche-prova/', '/en/tags/export/', '/embed/it/la-prova/']) {
			expect(restored(log, path), `${path} should be copied:\n${log}`).toBe(true);
		}
		expect(log, 'share cards should come from the cache').toMatch(/share cards: \d+ in the site \(0 drawn,/);
		expect(page('it/storie/la-prova')).toBe(before);
	}, BUILD_TIMEOUT);

	it('renders again the story whose text changed, and only that one', () => {
		edit('content/stories/it/la-prova.mdx', (text) => `${text}\nUna frase aggiunta dopo la verifica dei fatti.\n`);

		const log = build();

		expect(page('it/storie/la-prova')).toContain('Una frase aggiunta dopo la verifica dei fatti.');
		expect(restored(log, '/it/storie/la-prova/')).toBe(false);
		expect(restored(log, '/it/storie/il-secondo-forno/')).toBe(true);
		expect(restored(log, '/en/stories/la-prova/')).toBe(true);
	}, BUILD_TIMEOUT);

	it('shows a changed title on every page that lists the story', () => {
		edit('content/stories/it/il-secondo-forno.mdx', (text) => text.replace('title: Il secondo forno', 'title: Il forno rinnovato'));
		const cardsBefore = { edited: card('it/storie/il-secondo-forno'), neighbour: card('it/storie/la-prova') };

		const log = build();

		expect(page('embed/it/il-secondo-forno')).toContain('Il forno rinnovato');
		// Pages that do not show the Italian title: the other language's pages, the other stories' embed cards, an Italian tag page without the story.
		for (const path of ['/en/stories/la-prova/', '/en/stories/il-secondo-forno/', '/embed/it/la-prova/', '/en/businesses/ceramiche-prova/', '/en/stories/', '/en/districts/sassuolo/', '/en/authors/anna-verdi/', '/en/tags/export/', '/it/temi/export/']) {
			expect(restored(log, path), `${path} should be copied`).toBe(true);
		}
		expect(card('it/storie/il-secondo-forno').equals(cardsBefore.edited), 'the share card shows the new title').toBe(false);
		expect(card('it/storie/la-prova').equals(cardsBefore.neighbour)).toBe(true);
		expect(log, 'only the edited story\'s card is drawn again').toMatch(/share cards: \d+ in the site \(1 drawn,/);
		for (const path of ['it/storie/la-prova', 'it/storie', 'it/distretti/sassuolo', 'it/imprese/ceramiche-prova', 'it/autori/anna-verdi', 'it/temi/ceramica']) {
			expect(page(path), path).toContain('Il forno rinnovato');
			expect(page(path), path).not.toContain('Il secondo forno');
		}
	}, BUILD_TIMEOUT);

	it('shows a renamed district on the story and business pages', () => {
		edit('content/districts/sassuolo.yaml', (text) => text.replace('it: Distretto ceramico di Sassuolo', 'it: Distretto della piastrella di Sassuolo'));
		// A story's card names its district above the title.
		const cardBefore = card('it/storie/la-prova');

		build();

		expect(card('it/storie/la-prova').equals(cardBefore)).toBe(false);
		for (const path of ['it/storie/la-prova', 'it/storie/il-secondo-forno', 'it/imprese/ceramiche-prova']) {
			expect(page(path), path).toContain('Distretto della piastrella di Sassuolo');
		}
	}, BUILD_TIMEOUT);

	it('points pages at the new photo when a photo is replaced under the same name', async () => {
		const heroSource = () => page('it/storie/la-prova').match(/<img[^>]*class="hero[^"]*"[^>]*>/)?.[0].match(/ src="([^"]+)"/)?.[1];
		// The story index's cards use the same photo.
		const listSource = () => page('it/storie').match(/<img[^>]* src="([^"]+)"/)?.[1];
		const before = heroSource();
		const listBefore = listSource();
		const cardBefore = card('it/storie/la-prova');
		const photo = join(root, 'content/media/tile.jpg');
		const { width, height } = await sharp(photo).metadata();
		writeFileSync(photo, await sharp({ create: { width: width!, height: height!, channels: 3, background: '#2a5d8f' } }).jpeg().toBuffer());

		build();

		const after = heroSource();
		expect(after).toBeDefined();
		expect(after).not.toBe(before);
		expect(existsSync(join(root, 'dist', after!.replace(/^\//, '')))).toBe(true);
		const listAfter = listSource();
		expect(listAfter).toBeDefined();
		expect(listAfter).not.toBe(listBefore);
		expect(existsSync(join(root, 'dist', listAfter!.replace(/^\//, '')))).toBe(true);
		expect(card('it/storie/la-prova').equals(cardBefore), 'the share card shows the new photo').toBe(false);
	}, BUILD_TIMEOUT);

	it('draws every share card again when the way cards are drawn changes', () => {
		edit('src/utils/seo/og-render.ts', (code) => code.replace("'#f2c48d'", "'#9fd3c7'"));
		const cardBefore = card('en/stories/la-prova');

		build();

		expect(card('en/stories/la-prova').equals(cardBefore)).toBe(false);
	}, BUILD_TIMEOUT);

	it('removes a deleted story from every page that listed it', () => {
		for (const lang of ['it', 'en']) rmSync(join(root, 'content/stories', lang, 'il-secondo-forno.mdx'));

		build();

		expect(existsSync(join(root, 'dist/it/storie/il-secondo-forno/index.html'))).toBe(false);
		for (const path of ['it/storie/la-prova', 'it/storie', 'it/distretti/sassuolo', 'it/imprese/ceramiche-prova']) {
			expect(page(path), path).not.toContain('Il forno rinnovato');
			expect(page(path), path).not.toContain('il-secondo-forno');
		}
	}, BUILD_TIMEOUT);

	it('links a story to its translation once the translation is written', () => {
		const source = readFileSync(join(root, 'content/stories/it/la-prova.mdx'), 'utf8');
		const story = (title: string, description: string) => source.replace(/^title: .*$/m, `title: ${title}`).replace(/^description: .*$/m, `description: ${description}`);
		writeFileSync(join(root, 'content/stories/it/il-terzo-forno.mdx'), story('Il terzo forno', 'Un terzo forno, a legna, per le piastrelle fatte a mano e le serie numerate.'));
		// What the CMS writes for the language nobody translated yet: the shared fields only.
		writeFileSync(join(root, 'content/stories/en/il-terzo-forno.mdx'), readFileSync(join(CASES, 'untranslated-stub/files/content/stories/en/la-prova.mdx'), 'utf8'));
		build();
		expect(page('it/storie/il-terzo-forno')).not.toContain('/en/stories/il-terzo-forno/');
		expect(existsSync(join(root, 'dist/en/stories/il-terzo-forno/index.html'))).toBe(false);

		writeFileSync(join(root, 'content/stories/en/il-terzo-forno.mdx'), story('The third kiln', 'A third, wood-fired kiln for handmade tiles and numbered series.').replace(/^(\s+alt:) .*$/m, '$1 A wood-fired kiln'));
		build();

		expect(page('en/stories/il-terzo-forno')).toContain('The third kiln');
		expect(page('it/storie/il-terzo-forno')).toMatch(/<link[^>]*hreflang="en"[^>]*>/);
		expect(page('it/storie/il-terzo-forno')).toContain('/en/stories/il-terzo-forno/');
		expect(page('en/stories')).toContain('The third kiln');
	}, 2 * BUILD_TIMEOUT);

	it('takes a story marked as draft off every page', () => {
		const listing = ['it/storie', 'it/storie/la-prova', 'it/distretti/sassuolo', 'en/stories', 'en/businesses/ceramiche-prova'];
		for (const path of listing) expect(page(path), `${path} lists the story before it goes back to draft`).toContain('il-terzo-forno');
		edit('content/stories/en/il-terzo-forno.mdx', (text) => text.replace(/^author:/m, 'draft: true\nauthor:'));

		build();

		expect(existsSync(join(root, 'dist/it/storie/il-terzo-forno/index.html'))).toBe(false);
		expect(existsSync(join(root, 'dist/en/stories/il-terzo-forno/index.html'))).toBe(false);
		for (const path of listing) expect(page(path), path).not.toContain('il-terzo-forno');
	}, BUILD_TIMEOUT);

	it('renders every page again when a copied page links to a stylesheet this build did not write', () => {
		// What a change to another route can do: regroup a shared chunk under a new name while this page's code stays the same.
		const copy = '.cache/astro/dist/it/storie/la-prova/index.html';
		edit(copy, (html) => html.replace(/\/_astro\/[^"]+\.css"/, '/_astro/renamed-by-another-route.css"'));
		expect(readFileSync(join(root, copy), 'utf8')).toContain('renamed-by-another-route.css');

		const log = build();

		expect(log).toContain('Rendering every page again');
		expect(page('it/storie/la-prova')).not.toContain('renamed-by-another-route.css');
		expect(page('it/storie/la-prova')).toContain('Distretto della piastrella di Sassuolo');
	}, BUILD_TIMEOUT);

	it('renders every page again after a build that failed half-way, whose page copies cannot be trusted', () => {
		const crash = join(root, 'src', 'pages', 'zz-crash.astro');
		writeFileSync(crash, "---\nthrow new Error('page crashed on purpose');\n---\n");
		expect(tryBuild().status).not.toBe(0);
		rmSync(crash);

		const log = build();

		expect(log).not.toContain('(restored)');
		expect(page('it/storie/la-prova')).toContain('Distretto della piastrella di Sassuolo');
	}, BUILD_TIMEOUT);
});
