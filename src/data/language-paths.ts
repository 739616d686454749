/**
 * Route parameters from the language table, so one route file serves every
 * published language: `[lang]` is the language's folder and a parameter named
 * after a section (`[stories]`, `[districts]`…) carries that section's
 * segment in the language (`storie`, `stories`).
 */
import { LANGUAGES, type Language, type Section } from '../i18n/languages.ts';
import { sectionSegment } from '../utils/routes.ts';

interface PagePath {
	params: Record<string, string | undefined>;
	props: object;
	cacheKey?: string;
}

/** One path per published language, for pages outside any section (the home, the 404); `pathsFor` gives its props and key. */
export async function languagePaths<P extends PagePath = { params: {}; props: {} }>(pathsFor: (lang: Language) => P[] | Promise<P[]> = () => [{ params: {}, props: {} } as P]) {
	const perLanguage = await Promise.all(LANGUAGES.map(async (lang) => (await pathsFor(lang)).map((path) => ({ ...path, params: { lang, ...path.params }, props: { lang, ...(path.props as P['props']) } }))));
	return perLanguage.flat();
}

/** A section route's paths in every published language: `pathsFor` gives one language's pages (by default, the section's index alone). */
export async function sectionPaths<P extends PagePath = { params: {}; props: {} }>(section: Section, pathsFor: (lang: Language) => P[] | Promise<P[]> = () => [{ params: {}, props: {} } as P]) {
	const perLanguage = await Promise.all(
		LANGUAGES.map(async (lang) =>
			(await pathsFor(lang)).map((path) => ({ ...path, params: { lang, [section]: sectionSegment(lang, section), ...path.params }, props: { lang, ...(path.props as P['props']) } })),
		),
	);
	return perLanguage.flat();
}
