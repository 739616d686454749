/**
 * Lighthouse 13 (mobile preset, simulated slow 4G and a slow phone CPU) on
 * the pages people land on, in both languages, served from dist/ on
 * 127.0.0.1: accessibility, best practices and SEO 100, performance at least
 * 95. Runs one after the other in one Chromium; prints a table of scores and,
 * for any score under 100, the audits that cost points.
 *
 * A page whose performance alone is under its minimum is audited twice more
 * and judged on the median of the three performance scores (Lighthouse's
 * advice against run-to-run variance): a single busy moment on the machine
 * can stretch the one script task the performance score multiplies. A page
 * that is really slow is slow in two runs out of three. The other categories
 * do not depend on timing, so they are never retried, and must pass in every
 * run. The vitest config runs this file alone, after the other suites, for the
 * same reason.
 *
 * One audit is skipped, on one kind of page: `is-crawlable` on the search
 * pages. They are noindex on purpose (a search page has no content of its
 * own, and search engines ask sites to keep internal result pages out of their
 * index; tests/build/seo.test.ts requires it), and that audit fails every
 * noindex page by definition. The table marks the search rows. Nothing else is
 * skipped: on 127.0.0.1 the canonical URLs point at the production address,
 * which Lighthouse 13 accepts, so the other SEO audits run as in production.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM_PATH, FLAGS } from '../support/browser.ts';
import { pagesOfEachKind, type KindPage } from '../support/page-kinds.ts';
import { serveStatic, type RunningSite } from '../support/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const MINIMUM: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const KINDS = ['home', 'story', 'district', 'business', 'search'];
/** Audits that contradict a deliberate choice for a kind of page; see the comment at the top. */
const SKIPPED: Record<string, string[]> = { search: ['is-crawlable'] };

interface Row {
	page: KindPage;
	scores: Record<Category, number>;
	lost: string[];
	seconds: number;
	/** The performance score of each run, when the page needed more than one. */
	runs: number[];
}

let site: RunningSite;
let chrome: LaunchedChrome;
const rows: Row[] = [];

beforeAll(async () => {
	site = await serveStatic();
	chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: FLAGS, logLevel: 'silent' });
});

afterAll(async () => {
	chrome?.kill();
	await site?.close();
	if (rows.length === 0) return;
	const header = `| page | ${CATEGORIES.join(' | ')} | s | performance of each run |`;
	const lines = rows.map((row) => `| ${row.page.kind} (${row.page.lang}) ${row.page.path}${SKIPPED[row.page.kind] ? ` (without ${SKIPPED[row.page.kind]!.join(', ')})` : ''} | ${CATEGORIES.map((category) => row.scores[category]).join(' | ')} | ${row.seconds.toFixed(0)} | ${row.runs.join(', ')} |`);
	console.log(['Lighthouse (mobile)', header, `|${'---|'.repeat(CATEGORIES.length + 3)}`, ...lines].join('\n'));
	const lost = rows.flatMap((row) => row.lost.map((audit) => `${row.page.path}: ${audit}`));
	if (lost.length > 0) console.log(`Audits that cost points:\n${lost.join('\n')}`);
});

/** Runs Lighthouse once on one page; fails loudly when it could not. */
async function runLighthouse(page: KindPage): Promise<Result> {
	const result = await lighthouse(site.url + page.path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], skipAudits: SKIPPED[page.kind] ?? [] });
	if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
	const { runtimeError } = result.lhr;
	if (runtimeError) throw new Error(`Lighthouse could not audit ${page.path}: ${runtimeError.code} ${runtimeError.message}`);
	return result.lhr;
}

/** Category scores out of 100, so the table and the minimums read like Lighthouse's report. */
function scoresOf(lhr: Result): Record<Category, number> {
	return Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])) as Record<Category, number>;
}

/** The categories a run falls short in, worded for the failure message. */
function belowMinimum(scores: Record<Category, number>): string[] {
	return CATEGORIES.filter((category) => scores[category] < MINIMUM[category]).map((category) => `${category} ${scores[category]} < ${MINIMUM[category]}`);
}

/** The audits that cost a run points in `categories`, with Lighthouse's numbers, for the failure message. */
function lostAudits(run: Result, categories: readonly Category[]): string[] {
	const { audits } = run;
	return categories.flatMap((category) =>
		(run.categories[category]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
			.map((ref) => `${category}: ${ref.id} (${audits[ref.id]!.score}) ${audits[ref.id]!.displayValue ?? ''} ${audits[ref.id]!.title}`.replace(/\s+/g, ' ')),
	);
}

/**
 * Audits one page; three times when performance is its only category under
 * the minimum. Performance is then the median of the three runs; every other
 * category is its lowest score over the runs.
 */
async function audit(page: KindPage): Promise<Row> {
	const started = Date.now();
	const first = await runLighthouse(page);
	const problems = belowMinimum(scoresOf(first));
	const retry = problems.length === 1 && problems[0]!.startsWith('performance ');
	const runs = retry ? [first, await runLighthouse(page), await runLighthouse(page)] : [first];
	const byPerformance = [...runs].sort((a, b) => scoresOf(a).performance - scoresOf(b).performance);
	const median = byPerformance[Math.floor(byPerformance.length / 2)]!;
	const others = CATEGORIES.filter((category) => category !== 'performance');
	const scores = { ...scoresOf(median), ...Object.fromEntries(others.map((category) => [category, Math.min(...runs.map((run) => scoresOf(run)[category]))])) };
	const lost = [...new Set([...lostAudits(median, ['performance']), ...runs.flatMap((run) => lostAudits(run, others))])];
	return { page, scores, lost, seconds: (Date.now() - started) / 1000, runs: retry ? runs.map((run) => scoresOf(run).performance) : [] };
}

const targets = pagesOfEachKind().pages.filter((page) => KINDS.includes(page.kind));

it('has a home, story, district, business and search page in both languages to audit', () => {
	expect(targets.map((page) => `${page.lang} ${page.kind}`).sort()).toEqual(['en', 'it'].flatMap((lang) => KINDS.map((kind) => `${lang} ${kind}`)).sort());
});

for (const page of targets) {
	it(`${page.kind} (${page.lang}) ${page.path}: performance ≥ 95, accessibility, best practices and SEO 100`, async () => {
		const row = await audit(page);
		rows.push(row);
		expect(belowMinimum(row.scores), row.lost.join('\n')).toEqual([]);
	}, 360_000);
}
