/**
 * The one place the public address is set. Preview deploys override it with
 * SITE_URL (and SITE_BASE for a sub-path such as GitHub Pages project sites),
 * so canonicals, feeds, the sitemap and share images point at the right host.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'https://trame.example.org').replace(/\/+$/, '');
export const SITE_BASE = process.env.SITE_BASE ?? '/';
export const SITE_NAME = 'Trame';

/**
 * The published languages, codes of the table in src/i18n/languages.ts, the
 * first being the default. A row of the table can be ready (its interface
 * strings written, its content being translated) before it is listed here;
 * `SITE_LANGUAGES=it,en,de` in the environment overrides the list for one
 * build. Like the sample switch it is written into the pages' code, so a new
 * list renders every page again.
 */
const SITE_LANGUAGES_DEFAULT = 'it,en';
export const SITE_LANGUAGES: readonly string[] = (process.env.SITE_LANGUAGES?.trim() || SITE_LANGUAGES_DEFAULT)
	.split(',')
	.map((code) => code.trim())
	.filter(Boolean);

/**
 * Where readers and businesses write to the editors, corrections included.
 * Set once here (or with EDITORS_EMAIL for one build); the default is on a
 * domain reserved for examples, like the sample content's contacts. The
 * pages that show it hold it in their view model, so a new address renders
 * them again.
 */
export const EDITORS_EMAIL = process.env.EDITORS_EMAIL?.trim() || 'redazione@trame.example.org';

/**
 * Facts checked longer ago than this many months are listed for a new check
 * (`npm run check:content` and /admin/da-ricontrollare/). RECHECK_MONTHS in the
 * environment overrides it for one run.
 */
const RECHECK_MONTHS_DEFAULT = 18;
export const RECHECK_MONTHS = parseMonths('RECHECK_MONTHS', process.env.RECHECK_MONTHS, RECHECK_MONTHS_DEFAULT);

/**
 * Whether the site runs on the bundled sample, whose businesses, people and
 * facts are invented: every page then says so and links to a page explaining
 * the sample. A real portal sets the default below to `false` once, after
 * replacing content/; `SAMPLE_CONTENT=true|false` in the environment overrides
 * it for one build. astro.config.mjs writes the value into the pages' code
 * (`vite.define`), so flipping it renders every page again instead of letting
 * the incremental build copy pages that still carry, or lack, the notice.
 */
const SAMPLE_CONTENT_DEFAULT = true;
export const SAMPLE_CONTENT = parseSwitch('SAMPLE_CONTENT', process.env.SAMPLE_CONTENT, SAMPLE_CONTENT_DEFAULT);

/** An on/off setting from the environment; anything but true/false stops the build rather than guessing. */
function parseSwitch(name: string, value: string | undefined, fallback: boolean): boolean {
	if (value === undefined || value.trim() === '') return fallback;
	const normalized = value.trim().toLowerCase();
	if (normalized === 'true') return true;
	if (normalized === 'false') return false;
	throw new Error(`${name} must be true or false, not "${value}".`);
}

/** A whole number of months from the environment; anything else stops the run rather than guessing. */
function parseMonths(name: string, value: string | undefined, fallback: number): number {
	if (value === undefined || value.trim() === '') return fallback;
	const months = Number(value.trim());
	if (!Number.isInteger(months) || months < 1) throw new Error(`${name} must be a whole number of months, like 18, not "${value}".`);
	return months;
}
