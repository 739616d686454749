/**
 * The breadcrumb trail of a page, read from its URL: language home, section
 * index, entry, then the numbered page if any. Every URL of the site has this
 * shape (see routes.ts), so no page needs to spell its trail out.
 */
import { homeUrl, parseUrl, sectionUrl, slugUrl, type Section } from '../routes.ts';

export interface TrailStep {
	path: string;
	/** What the step is, so the caller can name it. */
	kind: 'home' | 'section' | 'entry' | 'page';
	section?: Section;
}

/** Sections without an index page of their own: the trail goes from home straight to the entry. */
const WITHOUT_INDEX: readonly Section[] = ['authors', 'about'];

/** Steps from the home page to `path` (included); just the home for a home page, none for pages outside the language folders. */
export function breadcrumbTrail(path: string): TrailStep[] {
	const parsed = parseUrl(path);
	if (!parsed) return [];
	const steps: TrailStep[] = [{ path: homeUrl(parsed.lang), kind: 'home' }];
	if (parsed.kind === 'home') return steps;
	const { lang, section, page } = parsed;
	if (!WITHOUT_INDEX.includes(section)) steps.push({ path: sectionUrl(lang, section), kind: 'section', section });
	if (parsed.kind === 'entry') steps.push({ path: slugUrl(lang, section, parsed.slug), kind: 'entry', section });
	if (page > 1 || parsed.kind === 'filter') steps.push({ path, kind: 'page', section });
	return steps;
}
