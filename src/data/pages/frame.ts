/**
 * What every page's frame shows beyond its own model: the footer's links to
 * the pages about the site, titled in the reader's language. The route paths
 * (data/language-paths.ts) add it to every page's props and key, so renaming
 * such a page renders every footer again.
 */
import type { Language } from '../../i18n/languages.ts';
import type { PageLink } from '../../utils/site-pages.ts';
import { getPageLinks } from '../content.ts';

export interface FrameView {
	/** The footer's links to the pages about the site, in footer order. */
	pages: PageLink[];
}

/** The frame of the pages of one language. */
export async function frameOf(lang: Language): Promise<FrameView> {
	return { pages: await getPageLinks(lang) };
}
