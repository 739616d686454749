/**
 * What the checker adds when a reference or a topic's name is wrong: the
 * known ids closest to a misspelt one, and topics whose names would give two
 * pages the same address in one language.
 */
import { distance } from 'fastest-levenshtein';
import { LANGUAGES, LOCALES, type Language } from '../i18n/languages.ts';
import { entryUrl } from '../utils/routes.ts';
import { slugify } from '../utils/slugs.ts';
import { topicSlug } from '../utils/topics.ts';
import type { ContentProblem } from './problems.ts';

/**
 * Up to three known ids close to `id`: by spelling of the id, or of one of the
 * entry's names (an editor may type "ceramics" for the topic "ceramica").
 */
export function nearestIds(id: string, known: ReadonlyMap<string, readonly string[]>, limit = 3): string[] {
	const tolerance = Math.max(2, Math.floor(id.length / 3));
	return [...known]
		.map(([candidate, names]) => ({ candidate, score: Math.min(distance(id, candidate), ...names.map((name) => distance(id, slugify(name)))) }))
		.filter(({ score }) => score <= tolerance)
		.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
		.slice(0, limit)
		.map(({ candidate }) => candidate);
}

interface NamedTopic {
	file: string;
	id: string;
	name: Record<Language, string>;
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Two topics whose names make the same URL segment in a language would publish one page over the other. */
export function sameTopicSlugs(topics: readonly NamedTopic[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const lang of LANGUAGES) {
		const seen = new Map<string, NamedTopic>();
		for (const topic of topics) {
			const slug = topicSlug(topic.id, topic.name[lang]);
			const first = seen.get(slug);
			if (!first) seen.set(slug, topic);
			else problems.push({ file: topic.file, line: topic.lineOf(['name', lang]), field: `name.${lang}`, message: `gives this topic the address ${entryUrl(lang, 'tags', slug)}, which ${first.file} already has: change the ${LOCALES[lang].englishName} name of one of them, or merge the two topics` });
		}
	}
	return problems;
}
