/**
 * Route parameters from the language table, so one route file serves every
 * published language: `[lang]` is the language's folder and a parameter named
 * after a section (`[stories]`, `[districts]`…) carries that section's
 * segment in the language (`storie`, `stories`). Every page also gets its
 * language's frame (the footer's links), and a keyed page's key covers it.
 */
import { LANGUAGES, type Language, type Section } from '../i18n/languages.ts';
import { withFrame } from '../utils/digest.ts';
import { sectionSegment } from '../utils/routes.ts';
import { frameOf } from './pages/frame.ts';

interface PagePath {
	params: Record<string, string | undefined>;
	props: object;
	cacheKey?: string;
}

/** One language's paths with the language and its frame added; the key becomes the digest of the model's key and the frame. */
async function inLanguage<P extends PagePath>(lang: Language, paths: P[], params: Record<string, string>) {
	const frame = await frameOf(lang);
	return paths.map((path) => withFrame({ ...path, params: { ...params, ...path.params }, props: { lang, ...(path.props as P['props']) } }, frame));
}

/** One path per published language, for pages outside any section (the home, the 404); `pathsFor` gives its props and key. */
export async function languagePaths<P extends PagePath = { params: {}; props: {} }>(pathsFor: (lang: Language) => P[] | Promise<P[]> = () => [{ params: {}, props: {} } as P]) {
	const perLanguage = await Promise.all(LANGUAGES.map(async (lang) => inLanguage(lang, await pathsFor(lang), { lang })));
	return perLanguage.flat();
}

/** A section route's paths in every published language: `pathsFor` gives one language's pages (by default, the section's index alone). */
export async function sectionPaths<P extends PagePath = { params: {}; props: {} }>(section: Section, pathsFor: (lang: Language) => P[] | Promise<P[]> = () => [{ params: {}, props: {} } as P]) {
	const perLanguage = await Promise.all(LANGUAGES.map(async (lang) => inLanguage(lang, await pathsFor(lang), { lang, [section]: sectionSegment(lang, section) })));
	return perLanguage.flat();
}
