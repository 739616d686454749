/**
 * Catches what MDX does to prose before the build does it less kindly: a
 * stray `{` or `<`, a paragraph that starts with "import", raw HTML that could
 * run code. Stories get their components globally, so they never need code.
 */
import { mdxToMdast } from 'satteri';
import { parseCollectingErrors } from './mdx-errors.ts';
import type { ContentProblem } from './problems.ts';

/** Components stories may use, with the attributes each needs; provided to every story without imports. */
export const STORY_COMPONENTS: Record<string, { required: string[]; allowed: string[] }> = {
	PullQuote: { required: [], allowed: ['cite'] },
	FactBox: { required: ['title'], allowed: ['title'] },
	Figure: { required: ['image', 'alt'], allowed: ['image', 'alt', 'caption'] },
};

/** HTML that would run code or load third-party content; never allowed in a story. */
const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'link', 'meta', 'base', 'frame', 'frameset']);
const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i;

interface MdastNode {
	type: string;
	name?: string | null;
	url?: string;
	value?: unknown;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: MdastNode[];
	position?: { start: { line: number } };
}

/** Rewrites the parser's messages into advice; the original is kept for anything unforeseen. */
function explainSyntaxError(message: string): string {
	if (/closing brace|expression|`\{`/.test(message)) return 'a "{" starts code in MDX. To show a curly brace in text, write \\{ instead, or rephrase';
	if (/after `<`|valid JSX tag|JSX/.test(message)) return 'a "<" starts an HTML tag in MDX. To show the symbol, write &lt; or use words ("less than"); tags must be one of the story components';
	if (/esm|import|export/i.test(message)) return 'a paragraph that starts with the word "import" or "export" is read as code in MDX. Reword the start of the paragraph (for example "Today the firm exports…" instead of "Exports…")';
	return `MDX cannot read this: ${message}`;
}

/**
 * Checks one story body; `firstLine` is where the body starts in the file, so
 * lines in messages match what the editor sees.
 */
export function lintMdx(file: string, body: string, firstLine: number, mediaExists: (name: string) => boolean): ContentProblem[] {
	const lineOf = (node: MdastNode) => (node.position ? node.position.start.line + firstLine - 1 : undefined);
	const { tree, errors } = parseCollectingErrors(body, (source) => mdxToMdast(source, { position: true }) as MdastNode);
	const problems: ContentProblem[] = errors.map(({ line, message }) => ({ file, line: line === undefined ? undefined : line + firstLine - 1, message: explainSyntaxError(message) }));
	if (!tree) return problems;
	const visit = (node: MdastNode) => {
		const line = lineOf(node);
		switch (node.type) {
			case 'mdxjsEsm':
				problems.push({ file, line, message: 'import and export lines are not allowed in stories: the components are available without imports. If this is prose, reword the start of the paragraph so it does not begin with "import" or "export"' });
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				problems.push({ file, line, message: 'curly braces run code in MDX and are not allowed in stories. To show a brace in text, write \\{ and \\}' });
				break;
			case 'link':
			case 'image':
				if (node.url && UNSAFE_URL.test(node.url)) problems.push({ file, line, message: `the link "${node.url.slice(0, 40)}" runs code when clicked; use an https:// address` });
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				problems.push(...checkElement(file, node, line, mediaExists));
				break;
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function checkElement(file: string, node: MdastNode, line: number | undefined, mediaExists: (name: string) => boolean): ContentProblem[] {
	const name = node.name ?? '';
	const problems: ContentProblem[] = [];
	const attributes = node.attributes ?? [];
	for (const attribute of attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) {
			problems.push({ file, line, message: `<${name}> has an attribute written as code ({…}); write attribute values in quotes, like title="In cifre"` });
		} else if (/^on/i.test(attribute.name ?? '')) {
			problems.push({ file, line, message: `<${name}> has an event handler (${attribute.name}=) that would run code; remove it` });
		} else if (typeof attribute.value === 'string' && UNSAFE_URL.test(attribute.value)) {
			problems.push({ file, line, message: `<${name}> has a "${attribute.value.slice(0, 20)}…" address that runs code; use an https:// address` });
		}
	}
	if (FORBIDDEN_TAGS.has(name.toLowerCase())) {
		problems.push({ file, line, message: `<${name}> is not allowed in stories: it could run code or load other sites. Remove it; for a video use a link` });
		return problems;
	}
	const component = STORY_COMPONENTS[name];
	if (/^[A-Z]/.test(name) && !component) {
		problems.push({ file, line, message: `<${name}> is not a story component. Use one of ${Object.keys(STORY_COMPONENTS).map((known) => `<${known}>`).join(', ')}, or write "&lt;" to show the symbol` });
	}
	if (component) {
		const given = new Map(attributes.map((attribute) => [attribute.name ?? '', attribute.value]));
		for (const required of component.required.filter((key) => !given.get(key))) problems.push({ file, line, message: `<${name}> needs ${required}="…"` });
		for (const unknown of [...given.keys()].filter((key) => !component.allowed.includes(key))) problems.push({ file, line, message: `<${name}> does not take ${unknown}=; it takes ${component.allowed.join(', ') || 'no attributes'}` });
		const image = given.get('image');
		if (typeof image === 'string' && !mediaExists(image)) problems.push({ file, line, message: `<${name}> shows "${image}", which is not in content/media: upload it or fix the file name` });
	}
	return problems;
}
