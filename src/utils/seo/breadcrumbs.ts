/**
 * The breadcrumb trail of a page, read from its URL: language home, section
 * index, entry, then the numbered page if any. Every URL of the site has this
 * shape (see routes.ts), so no page needs to spell its trail out.
 */
import { entryUrl, homeUrl, parseUrl, sectionUrl, type Section } from '../routes.ts';

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
	const { lang, section, id, page } = parsed;
	const steps: TrailStep[] = [{ path: homeUrl(lang), kind: 'home' }];
	if (!section) return steps;
	if (!WITHOUT_INDEX.includes(section)) steps.push({ path: sectionUrl(lang, section), kind: 'section', section });
	// `/it/storie/2/` is the second page of the index, not an entry called "2".
	const isIndexPage = id !== undefined && /^\d+$/.test(id);
	if (id && !isIndexPage) steps.push({ path: entryUrl(lang, section, id), kind: 'entry', section });
	if (isIndexPage || page) steps.push({ path, kind: 'page', section });
	return steps;
}
