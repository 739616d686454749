/**
 * A problem found in content, addressed to an editor: which file, where, which
 * field, and what to do. Every check returns these so they can be printed all
 * at once instead of failing on the first.
 */
export interface ContentProblem {
	/** Path relative to the project root, e.g. `content/stories/it/la-fornace.mdx`. */
	file: string;
	line?: number;
	/** Dotted field path, e.g. `hero.image`; absent for whole-file problems. */
	field?: string;
	/** Plain-language sentence: what is wrong and how to fix it. */
	message: string;
}

/** One line per problem, `file:line  field: message`, the shape editors and terminals can click. */
export function formatProblem(problem: ContentProblem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	return problem.field ? `${where}  ${problem.field}: ${problem.message}` : `${where}  ${problem.message}`;
}

/** The message a failed build shows: every problem, then how to see them again. */
export function formatReport(problems: ContentProblem[]): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return [`Trame found ${count} in the content. Nothing was published.`, '', ...problems.map(formatProblem), '', 'Fix them and build again; `npm run check:content` lists them without building.'].join('\n');
}
