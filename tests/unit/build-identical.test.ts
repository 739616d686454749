/**
 * An incremental build is byte-identical to a cold build: any difference is a
 * page (a feed, a share card, a search index) served stale. On a copy of the
 * project, with the small fixture site and with the sample content, this
 * builds, applies an edit of every kind an editor makes, builds again
 * (copying what the keys say is unchanged), then builds the same content
 * from nothing in another folder and compares every file of both `dist/`
 * folders.
 *
 * Nothing time-dependent is ignored, because the site holds nothing
 * time-dependent by design (dates come from the content, never from the
 * clock), except the editors' re-check list under /admin/, which is dated by
 * the day of the build: all three builds run on the same day. One thing is compared as data rather than as bytes: Pagefind writes
 * each search filter's values in a hash map's order, which changes from run
 * to run even over the same pages, and names files after their bytes; its
 * filter files and the two files that name them are decoded and compared by
 * what they hold (tests/support/pagefind-files.ts). Every other file, the
 * rest of the search index included, must match byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { copyProject } from '../../scripts/bench/project-copy.ts';
import { FIXTURES } from '../support/fixture-site.ts';
import { canonicalPagefind } from '../support/pagefind-files.ts';

const BUILD_TIMEOUT = 600_000;
const folders: string[] = [];

// Five copies of the project with their sites and caches: deleting them takes a while on a busy disk.
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true, maxRetries: 10 });
}, 120_000);

/** A copy of the project's code with `content` as its content/. */
function project(content: string): string {
	const root = mkdtempSync(join(tmpdir(), 'trame-identical-'));
	folders.push(root);
	copyProject(process.cwd(), root);
	cpSync(content, join(root, 'content'), { recursive: true });
	return root;
}

function build(root: string): void {
	const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
const write = (root: string, file: string, text: string) => writeFileSync(join(root, file), text);
const yamlFiles = (root: string, folder: string) => readdirSync(join(root, 'content', folder)).filter((name) => name.endsWith('.yaml')).sort().map((name) => `content/${folder}/${name}`);
const editYaml = (root: string, file: string, change: (data: Record<string, any>) => void) => {
	const data = parse(read(root, file));
	change(data);
	write(root, file, stringify(data));
};

/** Changes the front matter of an MDX file, keeping its text. */
const editFrontmatter = (root: string, file: string, change: (data: Record<string, any>) => void) => {
	const [, front, body] = read(root, file).match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
	const data = parse(front!);
	change(data);
	write(root, file, `---\n${stringify(data)}---\n${body}`);
};

/** Stories written in both languages, by slug: the ones every kind of edit can be made to. */
function translatedStories(root: string): string[] {
	const slugs = (lang: string) => readdirSync(join(root, 'content/stories', lang)).filter((name) => name.endsWith('.mdx')).map((name) => name.replace(/\.mdx$/, ''));
	const english = new Set(slugs('en'));
	return slugs('it').filter((slug) => english.has(slug) && !/^draft: true$/m.test(read(root, `content/stories/it/${slug}.mdx`))).sort();
}

/** Five more stories in both languages, so the fixture has a story for every kind of edit and neighbours that must not change. */
function addStories(root: string): void {
	for (const lang of ['it', 'en']) {
		const source = read(root, `content/stories/${lang}/la-prova.mdx`);
		for (let number = 1; number <= 5; number++) {
			const [title, description] = lang === 'it' ? [`Il forno numero ${number}`, `Perché la fabbrica ha acceso il forno numero ${number} per le serie brevi della stagione.`] : [`Kiln number ${number}`, `Why the factory lit kiln number ${number} for the short runs of the season.`];
			write(root, `content/stories/${lang}/forno-${number}.mdx`, source.replace(/^title: .*$/m, `title: ${title}`).replace(/^description: .*$/m, `description: ${description}`).replace('publishDate: 2026-03-14', `publishDate: 2026-03-${String(14 + number).padStart(2, '0')}`));
		}
	}
}

/** Before the first build: one story loses its English file, to be translated by an edit. */
function holdBackTranslation(root: string, slug: string): string {
	const file = `content/stories/en/${slug}.mdx`;
	const text = read(root, file);
	rmSync(join(root, file));
	return text;
}

/** One edit of every kind, to stories picked by position so any content with six translated stories will do. */
async function editEverything(root: string, translation: { slug: string; text: string }): Promise<void> {
	const [text, title, draft, deleted, tagged] = translatedStories(root);
	expect(tagged, 'the content needs five translated stories besides the one held back').toBeDefined();
	// A story's text.
	write(root, `content/stories/it/${text}.mdx`, `${read(root, `content/stories/it/${text}.mdx`)}\nUna frase aggiunta dopo la verifica dei fatti.\n`);
	// A title.
	write(root, `content/stories/it/${title}.mdx`, read(root, `content/stories/it/${title}.mdx`).replace(/^title: .*$/m, 'title: "Un titolo nuovo, scelto dopo la verifica"'));
	// An English slug changed, the old one kept as a former slug: the page moves, its old address redirects.
	editFrontmatter(root, `content/stories/en/${title}.mdx`, (story) => {
		const old = story.slug ?? title;
		story.formerSlugs = [...(story.formerSlugs ?? []), old];
		story.slug = `${old}-in-english`;
	});
	// A story set back to draft.
	write(root, `content/stories/en/${draft}.mdx`, read(root, `content/stories/en/${draft}.mdx`).replace(/^author:/m, 'draft: true\nauthor:'));
	// A story deleted.
	for (const lang of ['it', 'en']) rmSync(join(root, `content/stories/${lang}/${deleted}.mdx`));
	// A topic added to a story: a new one, named in both languages, listed in both language files (a shared field).
	write(root, 'content/topics/forni-a-rullo.yaml', stringify({ name: { it: 'forni a rullo', en: 'roller kilns' } }));
	for (const lang of ['it', 'en']) write(root, `content/stories/${lang}/${tagged}.mdx`, read(root, `content/stories/${lang}/${tagged}.mdx`).replace(/^topics: \[/m, 'topics: [forni-a-rullo, '));
	// A topic's English name changed: its English page moves to the new name's address, and every page naming it changes.
	editYaml(root, yamlFiles(root, 'topics')[0]!, (topic) => {
		topic.name.en = `${topic.name.en} and more`;
	});
	// A translation added.
	write(root, `content/stories/en/${translation.slug}.mdx`, translation.text);
	// A correction added: its note in one language, the update date in both (a shared field).
	let corrected = '';
	editFrontmatter(root, `content/stories/it/${text}.mdx`, (story) => {
		// The day after the story's latest date, so the correction follows publication and any earlier update.
		const latest = [story.publishDate, story.updatedDate, ...(story.corrections ?? []).map((item: { date: string }) => item.date)].filter(Boolean).map(String).sort().at(-1)!;
		corrected = new Date(Date.parse(latest) + 86_400_000).toISOString().slice(0, 10);
		story.updatedDate = corrected;
		story.corrections = [...(story.corrections ?? []), { date: corrected, text: 'La fornace è stata accesa nel 1962, non nel 1926 come scritto prima.' }];
	});
	editFrontmatter(root, `content/stories/en/${text}.mdx`, (story) => (story.updatedDate = corrected));
	// A page about the site renamed: every page's footer shows its title.
	const sitePage = readdirSync(join(root, 'content/pages/it')).filter((name) => name.endsWith('.mdx')).sort()[0]!;
	write(root, `content/pages/it/${sitePage}`, read(root, `content/pages/it/${sitePage}`).replace(/^title: .*$/m, 'title: "Un nome nuovo per questa pagina"'));
	// A business's phone number and name.
	editYaml(root, yamlFiles(root, 'businesses')[0]!, (business) => {
		business.name = `${business.name} & Figli`;
		business.phone = '+39 0536 000001';
	});
	// A business's visiting facts and languages: its badges and the directory's filter pages change.
	editYaml(root, yamlFiles(root, 'businesses').at(-1)!, (business) => {
		business.visits.public = !business.visits.public;
		business.languages = [...business.languages, 'pt'];
	});
	// A district's name.
	editYaml(root, yamlFiles(root, 'districts')[0]!, (district) => {
		district.name.it = `${district.name.it} e dintorni`;
	});
	// An author's biography.
	editYaml(root, yamlFiles(root, 'authors')[0]!, (author) => {
		author.bio.en = `${author.bio.en} She now also edits the district pages.`;
	});
	// A photo replaced under the same name: the text-edited story's hero.
	const photo = join(root, 'content/media', read(root, `content/stories/it/${text}.mdx`).match(/^\s+image: (.+)$/m)![1]!.trim());
	writeFileSync(photo, await sharp(readFileSync(photo)).modulate({ hue: 120 }).jpeg().toBuffer());
}

/** Every file under `folder`, relative to it. */
function files(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
		.sort();
}

/** What two builds are compared by: the list of files, the files whose bytes differ, and Pagefind's filters as data. */
interface Comparison {
	incremental: string[];
	cold: string[];
	different: string[];
	search: { incremental: unknown; cold: unknown };
}

/** Builds, edits, builds again, builds the edited content cold elsewhere, and compares the two sites. */
async function incrementalAgainstCold(root: string): Promise<Comparison> {
	const held = translatedStories(root).at(-1)!;
	const translation = { slug: held, text: holdBackTranslation(root, held) };
	build(root);
	await editEverything(root, translation);
	build(root);
	const cold = project(join(root, 'content'));
	build(cold);
	const [incrementalSearch, coldSearch] = [canonicalPagefind(join(root, 'dist')), canonicalPagefind(join(cold, 'dist'))];
	const byBytes = (site: string, search: { files: string[] }) => files(site).filter((file) => !search.files.includes(file));
	const incrementalFiles = byBytes(join(root, 'dist'), incrementalSearch);
	const coldFiles = byBytes(join(cold, 'dist'), coldSearch);
	const different = incrementalFiles.filter((file) => coldFiles.includes(file) && !readFileSync(join(root, 'dist', file)).equals(readFileSync(join(cold, 'dist', file))));
	return { incremental: incrementalFiles, cold: coldFiles, different, search: { incremental: incrementalSearch.data, cold: coldSearch.data } };
}

describe('an incremental build after edits of every kind is byte-identical to a cold build of the same content', () => {
	it('on the small fixture site', async () => {
		const fixture = mkdtempSync(join(tmpdir(), 'trame-identical-content-'));
		folders.push(fixture);
		cpSync(join(FIXTURES, 'valid-site', 'content'), fixture, { recursive: true });
		const root = project(fixture);
		addStories(root);
		// The fixture has no pages about the site; the sample's give the footer links to rename.
		cpSync(join(process.cwd(), 'content', 'pages'), join(root, 'content', 'pages'), { recursive: true });
		const { incremental, cold, different, search } = await incrementalAgainstCold(root);
		expect(different).toEqual([]);
		expect(incremental).toEqual(cold);
		expect(search.incremental).toEqual(search.cold);
	}, 3 * BUILD_TIMEOUT);

	it('on the sample content', async () => {
		const root = project(join(process.cwd(), 'content'));
		const { incremental, cold, different, search } = await incrementalAgainstCold(root);
		expect(incremental.length).toBeGreaterThan(500);
		expect(different).toEqual([]);
		expect(incremental).toEqual(cold);
		expect(search.incremental).toEqual(search.cold);
	}, 3 * BUILD_TIMEOUT);
});
