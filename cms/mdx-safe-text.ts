/**
 * Text is text: what an editor types in the rich-text editor is stored so
 * that MDX shows it as typed, and reads back into the editor unchanged.
 *
 * Decap writes the editor's text into Markdown verbatim (its stringifier
 * trusts the text) and never decodes character references when it reads a
 * file back. In MDX, though, `{` starts code, `<` starts a tag, and a
 * paragraph starting with "import" or "export" is code. This remark plugin,
 * registered with the CMS (cms/admin.ts), closes both gaps: on save it
 * escapes what MDX would read as code, on load it decodes the character
 * references it wrote, so a second save changes nothing.
 *
 * One corner stays Decap's: a backslash typed right before `*`, `_`, `~`, a
 * backtick or `[` looks exactly like Decap's own escape of that character,
 * so it is kept as such (the character shows, the backslash does not).
 */

/** Characters Decap itself escapes with a backslash anywhere in text (remarkEscapeMarkdownEntities). */
const DECAP_ESCAPED = new Set(['*', '_', '~', '`', '[']);
/** Characters Decap escapes with a backslash at the start of a text run (headings, lists, quotes…). */
const DECAP_ESCAPED_AT_START = new Set(['-', '#', '*', '>', '=', '|', '`', ' ']);
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** A word MDX reads as the start of code when a paragraph begins with it. */
const CODE_WORD = /^(\s*)(import|export)\b/;
/** `&` followed by something MDX would read as a character reference (`&lt;`, `&#105;`). */
const REFERENCE_AHEAD = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Escapes one run of the editor's text for MDX. `atStart` says the run opens
 * a paragraph, where "import"/"export" would be read as code: their first
 * letter becomes a character reference (`&#105;mport`), which MDX shows as
 * the letter and `decodeReferences` turns back on load.
 */
export function escapeForMdx(value: string, atStart: boolean): string {
	let out = '';
	for (let index = 0; index < value.length; index++) {
		const char = value[index] as string;
		const next = value[index + 1] ?? '';
		if (char === '\\') {
			const decapEscape = DECAP_ESCAPED.has(next) || (index === 0 && DECAP_ESCAPED_AT_START.has(next)) || (/^\s*$/.test(value.slice(0, index)) && DECAP_ESCAPED_AT_START.has(next));
			if (decapEscape) {
				out += char + next;
				index++;
			} else out += ASCII_PUNCTUATION.test(next) || next === '' || next === '\n' ? '\\\\' : '\\';
		} else if (char === '{' || char === '}' || char === '<') out += `\\${char}`;
		else if (char === '&' && REFERENCE_AHEAD.test(value.slice(index))) out += '&amp;';
		else out += char;
	}
	const code = atStart ? CODE_WORD.exec(out) : null;
	if (code) out = `${code[1]}&#${(code[2] as string).charCodeAt(0)};${out.slice((code[1] as string).length + 1)}`;
	return out;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the character references MDX would decode (numeric ones and the
 * common named ones), so the editor shows `<` where the file says `&lt;`.
 * One pass: `&amp;lt;` becomes the text `&lt;`, as MDX shows it.
 */
export function decodeReferences(value: string): string {
	return value.replace(/&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, decimal?: string, hex?: string, name?: string) => {
		if (decimal || hex) {
			const code = decimal ? Number(decimal) : Number.parseInt(hex ?? '', 16);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED[name ?? ''] ?? whole;
	});
}

interface Node {
	type: string;
	value?: string;
	children?: Node[];
}
interface Processor {
	Compiler?: { prototype: { visitors: Record<string, (node: Node, parent?: Node) => string> } };
	Parser?: unknown;
}

const decodeTree = (node: Node) => {
	if (node.type === 'text' && typeof node.value === 'string') node.value = decodeReferences(node.value);
	node.children?.forEach(decodeTree);
};

/**
 * The remark plugin. Decap builds one processor to read Markdown and another
 * to write it, and hands both the registered plugins: the writer gets text
 * visitors that escape, the reader a step that decodes.
 */
export function mdxSafeText(this: Processor) {
	const visitors = this.Compiler?.prototype.visitors;
	if (visitors) {
		// Decap turns the editor's text into `html` nodes so remark-stringify leaves it alone; both carry typed text here.
		for (const type of ['html', 'text'] as const) {
			visitors[type] = (node, parent) => escapeForMdx(node.value ?? '', parent?.type === 'paragraph' && parent.children?.[0] === node);
		}
		return undefined;
	}
	return (tree: Node) => decodeTree(tree);
}
