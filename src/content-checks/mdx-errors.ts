/**
 * MDX stops at its first syntax error. To tell an editor every problem of a
 * story at once, the block holding each error is set aside and the rest
 * parsed again. Shared by the content check (the site's compiler) and the
 * CMS preview (a parser that runs in the browser), so both find the same.
 */

/** A syntax error: where (line in the body, column) and the parser's words. */
export interface SyntaxError {
	line?: number;
	column?: number;
	message: string;
}

/** Line and column from either parser: the site's says "3:16: …", the browser's has fields. */
function locate(error: unknown): SyntaxError {
	const fields = error as { line?: unknown; column?: unknown; reason?: unknown; message?: unknown };
	if (typeof fields.line === 'number') return { line: fields.line, column: typeof fields.column === 'number' ? fields.column : undefined, message: String(fields.reason ?? fields.message) };
	const message = error instanceof Error ? error.message : String(error);
	const at = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
	return at ? { line: Number(at[1]), column: Number(at[2]), message: at[3] ?? message } : { message };
}

/** How many syntax errors one file may report before the rest is left for the next run. */
const MAX_SYNTAX_ERRORS = 20;

/**
 * Blanks the block (the lines between two empty lines) holding `line`, so the
 * parser can go on to the next problem; line numbers stay where they were.
 */
function blankBlock(lines: string[], line: number): string[] {
	const index = Math.min(Math.max(line - 1, 0), lines.length - 1);
	let start = index;
	while (start > 0 && lines[start - 1]?.trim() !== '') start--;
	let end = index;
	while (end < lines.length - 1 && lines[end + 1]?.trim() !== '') end++;
	return lines.map((text, at) => (at >= start && at <= end ? '' : text));
}

/**
 * Parses a body the way the build will. MDX stops at its first syntax error,
 * so each error's block is blanked and the rest parsed again: an editor sees
 * every problem of the file in one run, not one per build.
 */
export function parseCollectingErrors<Tree>(body: string, parse: (source: string) => Tree): { tree?: Tree; errors: SyntaxError[] } {
	const errors: SyntaxError[] = [];
	let lines = body.split('\n');
	for (let attempt = 0; attempt < MAX_SYNTAX_ERRORS; attempt++) {
		try {
			return { tree: parse(lines.join('\n')), errors };
		} catch (error) {
			const found = locate(error);
			const line = found.line;
			errors.push(found);
			if (line === undefined) return { errors };
			const next = blankBlock(lines, line);
			if (next.join('\n') === lines.join('\n')) return { errors };
			lines = next;
		}
	}
	return { errors };
}
