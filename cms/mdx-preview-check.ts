/**
 * The preview tells the truth: before showing a story's text, the preview
 * parses it as MDX, as the site will, and when the site could not build it,
 * says so in Italian with the line, instead of rendering text the site
 * cannot. The site's compiler does not run in a browser, so this uses
 * micromark's MDX parser, the one it was ported from; both go through the
 * same every-error-at-once loop (src/content-checks/mdx-errors.ts).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parseCollectingErrors } from '../src/content-checks/mdx-errors.ts';

/** One reason the site could not build the text, for the editor. */
export interface PreviewProblem {
	line?: number;
	message: string;
}

interface Node {
	type: string;
	children?: Node[];
	position?: { start: { line: number } };
}

const BRACE = 'Una parentesi graffa qui verrebbe letta come codice: nel testo grezzo scrivi \\{ e \\}, oppure usa la modalità testo ricco.';
const ANGLE = 'Il segno "<" qui verrebbe letto come inizio di un tag: nel testo grezzo scrivi \\<, oppure usa la modalità testo ricco.';
const CODE_WORD = 'Un paragrafo che inizia con "import" o "export" verrebbe letto come codice: nel testo grezzo scrivi &#105;mport, oppure usa la modalità testo ricco.';
const OTHER = 'Il sito non riesce a leggere il testo in questo punto: controllalo nella modalità testo grezzo.';

/** Advice for a syntax error, from the character where the parser stopped or its words. */
function advice(body: string, line: number | undefined, column: number | undefined, reason: string): string {
	const char = line && column ? body.split('\n')[line - 1]?.[column - 1] : undefined;
	if (char === '{' || char === '}' || /`\{`|brace|expression/.test(reason)) return BRACE;
	if (char === '<' || /after `<`|before name|JSX|tag/.test(reason)) return ANGLE;
	if (/import|export|esm/i.test(reason)) return CODE_WORD;
	return OTHER;
}

/** Every problem the site would have with this story text; empty when it builds. */
export function previewProblems(body: string): PreviewProblem[] {
	const { tree, errors } = parseCollectingErrors(body, (source) => fromMarkdown(source, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node);
	const problems: PreviewProblem[] = errors.map(({ line, column, message }) => ({ line, message: advice(body, line, column, message) }));
	const visit = (node: Node) => {
		const line = node.position?.start.line;
		if (node.type === 'mdxjsEsm') problems.push({ line, message: CODE_WORD });
		else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') problems.push({ line, message: BRACE });
		node.children?.forEach(visit);
	};
	if (tree) visit(tree);
	return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
