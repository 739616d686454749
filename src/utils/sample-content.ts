/**
 * The page that explains the sample content exists only while the sample is
 * in use: a real portal, with the switch off, has nothing invented to explain.
 */
import type { Language } from '../i18n/languages.ts';
import { SAMPLE_CONTENT } from '../site.config.ts';
import { SECTION_SEGMENTS } from './routes.ts';

/** `getStaticPaths` of the sample page of one language: one path with the switch on, none with it off. */
export function samplePagePaths(lang: Language) {
	return SAMPLE_CONTENT ? [{ params: { sample: SECTION_SEGMENTS.sample[lang] } }] : [];
}
