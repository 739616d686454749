/**
 * The page that explains the sample content exists only while the sample is
 * in use: a real portal, with the switch off, has nothing invented to explain.
 */
import { SAMPLE_CONTENT } from '../site.config.ts';

/** The sample page's paths in one language: the page itself with the switch on, none with it off. */
export function samplePagePaths() {
	return SAMPLE_CONTENT ? [{ params: {}, props: {} }] : [];
}
