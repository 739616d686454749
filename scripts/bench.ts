/**
 * `npm run bench [-- 250 1000 2500] [--keep]`: how the build scales with the
 * number of stories. For each size it generates bilingual content in a
 * temporary copy of the project (node_modules linked), runs the full
 * `npm run build` cold (no Astro cache), warm (nothing changed), after one
 * story's text is edited and after one title is edited, measures the first
 * search query in Chromium, and writes bench/results.md with a table and two
 * SVG charts. `--keep` leaves the temporary projects (paths printed) to study
 * the output or the search index by hand. A benchmark, not a test: it
 * reports, and marks the targets it misses.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { barChartSvg } from './bench/chart.ts';
import { editStoryText, editStoryTitle, generateContent } from './bench/generate-content.ts';
import { measure, type Measured } from './bench/measure.ts';
import { pageWeight } from './bench/page-weight.ts';
import { copyProject } from './bench/project-copy.ts';
import { medianFirstQuery, type FirstQuery } from './bench/search-query.ts';
import { entryUrl, filterUrl, sectionUrl } from '../src/utils/routes.ts';

const PROJECT = process.cwd();
const SIZES = process.argv.slice(2).map(Number).filter((size) => size > 0);
const keep = process.argv.includes('--keep');
const sizes = SIZES.length > 0 ? SIZES : [250, 1000, 2500];
const GIB = 1024 ** 3;
const TARGETS = { at: 1000, coldSeconds: 90, warmSeconds: 45, peakBytes: 2 * GIB, storyHtmlCss: 40 * 1024, storyJs: 6 * 1024, searchBytes: 150 * 1024, searchMs: 300 };
/** Words the content generator writes in every story of its language, so each query has many results to rank. */
const SEARCH_QUERIES = [
	{ lang: 'it', query: 'fornace' },
	{ lang: 'en', query: 'workshop' },
] as const;

interface Result {
	stories: number;
	pages: number;
	cold: Measured;
	warm: Measured;
	textEdit: Measured;
	titleEdit: Measured;
	pagefindSeconds?: number;
	distBytes: number;
	storyHtmlCss: number;
	storyJs: number;
	businesses: number;
	/** The heavier of the directory's first page and its broadest filter (every generated business speaks Italian). */
	directoryHtmlCss: number;
	search: FirstQuery[];
}

const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s`;
const say = (message: string) => console.log(`[bench ${elapsed()}] ${message}`);
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
}

/** Pagefind's own timing, when the search integration logs one (e.g. "pagefind … in 3.2s" or "… 3200ms"). */
function pagefindSeconds(log: string): number | undefined {
	const line = log.split('\n').reverse().find((candidate) => /pagefind/i.test(candidate) && /\d(?:\.\d+)?\s*m?s\b/.test(candidate));
	const match = line ? /(\d+(?:\.\d+)?)\s*(ms|s)\b(?![\s\S]*\d\s*m?s\b)/.exec(line) : null;
	return match ? Number(match[1]) / (match[2] === 'ms' ? 1000 : 1) : undefined;
}

async function build(root: string, label: string): Promise<Measured> {
	say(`${label}: npm run build…`);
	let files = 0;
	let memory = 0;
	const ticker = setInterval(() => say(`${label}: still building (${files} pages and images written so far, ${mb(memory)} in use)`), 15_000);
	const result = await measure('npm', ['run', 'build'], {
		cwd: root,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		onSample: (bytes) => (memory = bytes),
		onLine: (line) => {
			// Astro logs "├─ /path (+12ms)" per file written; with concurrent rendering several can share a line.
			files += line.match(/\(\+\d+(?:\.\d+)?m?s\)/g)?.length ?? 0;
			if (/\[build\]|generating|pagefind|error/i.test(line)) say(`${label}: ${line.replace(/^\d\d:\d\d:\d\d\s*/, '').trim()}`);
		},
	});
	clearInterval(ticker);
	if (result.status !== 0) throw new Error(`${label}: the build failed (exit ${result.status}); last lines:\n${result.log.split('\n').slice(-30).join('\n')}`);
	say(`${label}: ${result.seconds.toFixed(1)} s, peak ${mb(result.peakBytes)}`);
	return result;
}

async function benchmark(stories: number): Promise<Result> {
	const root = mkdtempSync(join(tmpdir(), `trame-bench-${stories}-`));
	try {
		copyProject(PROJECT, root);
		say(`${stories} stories per language: generating content in ${root}`);
		const counts = await generateContent(root, { storiesPerLanguage: stories });
		say(`${stories}: ${counts.districts} districts, ${counts.businesses} businesses, ${counts.authors} authors, ${counts.images} photos`);
		const cold = await build(root, `${stories} cold`);
		const warm = await build(root, `${stories} warm`);
		editStoryText(root);
		const textEdit = await build(root, `${stories} text edited`);
		editStoryTitle(root);
		const titleEdit = await build(root, `${stories} title edited`);
		mkdirSync(join(PROJECT, 'bench', 'work'), { recursive: true });
		for (const [name, run] of Object.entries({ cold, warm, 'text-edit': textEdit, 'title-edit': titleEdit })) writeFileSync(join(PROJECT, 'bench', 'work', `${stories}-${name}.log`), run.log);
		const files = walk(join(root, 'dist'));
		const story = pageWeight(join(root, 'dist'), entryUrl('it', 'stories', { id: 'storia-0000' }));
		const directory = Math.max(...[sectionUrl('it', 'businesses'), filterUrl('it', 'language', 'it')].map((path) => pageWeight(join(root, 'dist'), path).htmlCss));
		say(`${stories}: first search query in Chromium…`);
		const search: FirstQuery[] = [];
		for (const { lang, query } of SEARCH_QUERIES) search.push(await medianFirstQuery(join(root, 'dist'), sectionUrl(lang, 'search'), lang, query));
		return {
			stories,
			pages: files.filter((file) => file.endsWith('.html')).length,
			cold,
			warm,
			textEdit,
			titleEdit,
			pagefindSeconds: pagefindSeconds(warm.log) ?? pagefindSeconds(cold.log),
			distBytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
			storyHtmlCss: story.htmlCss,
			storyJs: story.js,
			businesses: counts.businesses,
			directoryHtmlCss: directory,
			search,
		};
	} finally {
		if (keep) say(`${stories}: kept ${root}`);
		// Retries: the last build's background deletion of the site it replaced may still be emptying a folder in there.
		else rmSync(root, { recursive: true, force: true, maxRetries: 10 });
	}
}

function report(results: Result[]): string {
	const mark = (ok: boolean) => (ok ? '' : ' ✗');
	const rows = results.map((result) => {
		const atTarget = result.stories === TARGETS.at;
		const warm = (run: Measured) => `${run.seconds.toFixed(1)}${mark(!atTarget || run.seconds <= TARGETS.warmSeconds)}`;
		const peak = Math.max(...[result.cold, result.warm, result.textEdit, result.titleEdit].map((run) => run.peakBytes));
		return `| ${result.stories.toLocaleString('en')} | ${result.pages.toLocaleString('en')} | ${result.cold.seconds.toFixed(1)}${mark(!atTarget || result.cold.seconds <= TARGETS.coldSeconds)} | ${warm(result.warm)} | ${warm(result.textEdit)} | ${warm(result.titleEdit)} | ${mb(peak)}${mark(!atTarget || peak <= TARGETS.peakBytes)} | ${result.pagefindSeconds?.toFixed(1) ?? 'not logged'} | ${mb(result.distBytes)} | ${kb(result.storyHtmlCss)}${mark(result.storyHtmlCss <= TARGETS.storyHtmlCss)} | ${kb(result.storyJs)}${mark(result.storyJs <= TARGETS.storyJs)} | ${result.businesses.toLocaleString('en')} | ${kb(result.directoryHtmlCss)}${mark(result.directoryHtmlCss <= TARGETS.storyHtmlCss)} |`;
	});
	return [
		'# Build benchmark',
		'',
		`Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / GIB).toFixed(0)} GiB RAM, Node ${process.version}; load average when it finished ${loadavg().map((load) => load.toFixed(1)).join(' / ')} (anything above 0 is other work sharing the CPUs and inflates the times).`,
		'Each size is a temporary copy of the project with generated bilingual content (stories per language; 24 districts, one business per',
		'five stories, 12 authors, a pool of 48 photos of 1600×1000 reused across stories), built with the full `npm run build` (content check,',
		'Astro, image optimisation, and every integration the project has, Pagefind included). *Cold*: no caches (`.cache/`), no `dist/`.',
		'*Warm*: the same build again; the incremental build copies every unchanged page. *Text edited*: then a sentence added to one',
		"story's text: that story's page is rendered again. *Title edited*: then one story's title changed, which cards on other pages show:",
		"the story's pages and share cards, the story pages listing it as related and the list pages it is on are rendered again, the rest is copied.",
		'*Peak memory*: the largest resident memory of',
		'the whole build process tree over all four builds, sampled every 200 ms. *Story page*: `/it/storie/storia-0000/`, HTML plus its',
		'stylesheets gzipped, and all JavaScript it runs gzipped. *Directory*: the heavier of `/it/imprese/` and its broadest filter',
		'`/it/imprese/lingua/it/` (every business), first page, HTML plus stylesheets gzipped; held to the story page budget.',
		'',
		`Targets: at ${TARGETS.at.toLocaleString('en')} stories per language, cold ≤ ${TARGETS.coldSeconds} s, every warm build ≤ ${TARGETS.warmSeconds} s, peak memory ≤ 2 GiB;`,
		'at every size, story page HTML+CSS ≤ 40 KB and JavaScript ≤ 6 KB (share button only). ✗ marks a missed target.',
		'',
		'| stories per language | pages | cold build (s) | warm build (s) | text edited (s) | title edited (s) | peak memory | Pagefind (s) | dist size | story HTML+CSS (gz) | story JS (gz) | businesses | directory HTML+CSS (gz) |',
		'|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
		...rows,
		'',
		'## First search query',
		'',
		'On the search page in Chromium (390 px wide), a word typed at 40 ms per key. *Bytes*: everything under `/pagefind/` that the',
		'page downloads from load until the first ten results are all shown (script, worker, WebAssembly, index chunks, filters, result fragments), counted by',
		'the server, with text files gzipped as any CDN sends them; result thumbnails (lazy, so some may not have loaded yet) apart. *Time*: last keystroke to the first result',
		`in the list (includes the 120 ms typing pause; results appear one by one), the median of five runs in a fresh browser each. Targets at 1,000 stories per language: ≤ ${kb(TARGETS.searchBytes)}, ≤ ${TARGETS.searchMs} ms.`,
		'',
		'| stories per language | language | query | results | bytes for the first query (gz) | uncompressed | requests | thumbnails | keystroke → first result |',
		'|---:|---|---|---:|---:|---:|---:|---:|---:|',
		...results.flatMap((result) => result.search.map((query) => `| ${result.stories.toLocaleString('en')} | ${query.lang} | ${query.query} | ${query.results} | ${kb(query.searchBytesCompressed)}${mark(result.stories !== TARGETS.at || query.searchBytesCompressed <= TARGETS.searchBytes)} | ${kb(query.searchBytes)} | ${query.requests} | ${kb(query.thumbnailBytes)} | ${query.keystrokeToResultMs} ms${mark(result.stories !== TARGETS.at || query.keystrokeToResultMs <= TARGETS.searchMs)} |`)),
		'',
		'![Build time against site size](build-time.svg)',
		'',
		'![Peak memory against site size](memory.svg)',
		'',
	].join('\n');
}

/** Writes the table and charts for what has been measured so far, so a long run that is stopped still leaves its numbers. */
function writeResults(results: Result[]): void {
	const groups = results.map((result) => `${result.stories.toLocaleString('en')} (${result.pages.toLocaleString('en')} pages)`);
	mkdirSync(join(PROJECT, 'bench'), { recursive: true });
	writeFileSync(join(PROJECT, 'bench', 'results.md'), report(results));
	writeFileSync(
		join(PROJECT, 'bench', 'build-time.svg'),
		barChartSvg({
			title: 'Full build time by stories per language',
			unit: 'seconds',
			groups,
			series: [
				{ name: 'cold', colour: '#2b6cb0', values: results.map((result) => result.cold.seconds) },
				{ name: 'warm', colour: '#68d391', values: results.map((result) => result.warm.seconds) },
				{ name: 'text edited', colour: '#38a169', values: results.map((result) => result.textEdit.seconds) },
				{ name: 'title edited', colour: '#dd6b20', values: results.map((result) => result.titleEdit.seconds) },
			],
			limit: { value: TARGETS.coldSeconds, label: `cold target at ${TARGETS.at.toLocaleString('en')}: ${TARGETS.coldSeconds} s` },
		}),
	);
	writeFileSync(
		join(PROJECT, 'bench', 'memory.svg'),
		barChartSvg({
			title: 'Peak memory of the build by stories per language',
			unit: 'MiB',
			groups,
			series: [
				{ name: 'cold', colour: '#805ad5', values: results.map((result) => result.cold.peakBytes / 1024 ** 2) },
				{ name: 'warm (largest of 3)', colour: '#d69e2e', values: results.map((result) => Math.max(result.warm.peakBytes, result.textEdit.peakBytes, result.titleEdit.peakBytes) / 1024 ** 2) },
			],
			limit: { value: 2048, label: 'target: 2 GiB' },
		}),
	);
}

const results: Result[] = [];
for (const stories of sizes) {
	results.push(await benchmark(stories));
	writeResults(results);
	say(`${stories}: written to bench/results.md, bench/build-time.svg, bench/memory.svg (build logs in bench/work/)`);
}
console.log(report(results));
