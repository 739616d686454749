/**
 * Reads the content repository the way editors leave it: a byte-order mark or
 * Windows line endings from a desktop editor must still work, and a YAML
 * mistake must point at its line instead of stopping everything else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ContentProblem } from './problems.ts';

export interface SourceFile {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** File name without extension: the id other content refers to. */
	id: string;
	/** Parsed YAML (data file or frontmatter); undefined when it could not be parsed. */
	data: unknown;
	/** MDX body for stories, '' for data files. */
	body: string;
	/** 1-based line of the body's first line in the file. */
	bodyLine: number;
	/** Line of a dotted field path inside the file, for precise messages. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n?---(?:\n|$)/;

/** Strips what editors' tools add invisibly, so checker and build see the same text. */
export function normalizeText(raw: string): string {
	return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function locate(document: Document, counter: LineCounter, offsetLines: number) {
	return (path: readonly PropertyKey[]): number | undefined => {
		for (let depth = path.length; depth > 0; depth--) {
			const node = document.getIn(path.slice(0, depth) as unknown[], true);
			if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + offsetLines;
		}
		return undefined;
	};
}

/** Parses YAML text, turning syntax errors into problems that name the line. */
export function parseYaml(file: string, text: string, offsetLines: number, problems: ContentProblem[]): Pick<SourceFile, 'data' | 'lineOf'> {
	const counter = new LineCounter();
	const document = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
	if (document.errors.length > 0) {
		// The first error is the real one; the parser's later errors are its confusion after it.
		const [error] = document.errors;
		const line = counter.linePos(error.pos[0]).line + offsetLines;
		problems.push({ file, line, message: `the YAML cannot be read (${error.message.split('\n')[0]}). Check indentation, colons and quotes on this line; text containing ": " or starting with a quote must be wrapped in quotes` });
		return { data: undefined, lineOf: () => undefined };
	}
	return { data: document.toJS() ?? {}, lineOf: locate(document, counter, offsetLines) };
}

/** Reads one MDX story: YAML frontmatter between `---` lines, then the body. */
export function readStoryText(file: string, raw: string, problems: ContentProblem[]): Omit<SourceFile, 'file' | 'id'> {
	const text = normalizeText(raw);
	const match = FRONTMATTER.exec(text);
	if (!match) {
		problems.push({ file, line: 1, message: 'has no frontmatter: a story must start with a line "---", the fields, and another "---" line' });
		return { data: undefined, body: text, bodyLine: 1, lineOf: () => undefined };
	}
	const frontmatter = match[1] ?? '';
	const parsed = parseYaml(file, frontmatter, 1, problems);
	return { ...parsed, body: text.slice(match[0].length), bodyLine: frontmatter.split('\n').length + 3 };
}

/** Lists a content folder, oldest tools' habits included (case, stray extensions). */
export function listFiles(root: string, folder: string): string[] {
	const dir = join(root, folder);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
		.map((entry) => entry.name)
		.sort();
}

/** Reads every data file of a folder; files with another extension are reported, never skipped silently. */
export function readDataFolder(root: string, folder: string, problems: ContentProblem[]): SourceFile[] {
	const files: SourceFile[] = [];
	for (const name of listFiles(root, folder)) {
		const file = `${folder}/${name}`;
		if (!name.endsWith('.yaml')) {
			problems.push({ file, message: `is not read: files here must end in .yaml${name.endsWith('.yml') ? ` (rename it to ${name.replace(/\.yml$/, '.yaml')})` : ''}` });
			continue;
		}
		const parsed = parseYaml(file, normalizeText(readFileSync(join(root, file), 'utf8')), 0, problems);
		files.push({ file, id: name.replace(/\.yaml$/, ''), body: '', bodyLine: 0, ...parsed });
	}
	return files;
}

/** Reads `content/stories/<lang>/*.mdx` for each language folder. */
export function readStoryFolder(root: string, folder: string, languages: readonly string[], problems: ContentProblem[]): (SourceFile & { lang: string })[] {
	const files: (SourceFile & { lang: string })[] = [];
	const dir = join(root, folder);
	const folders = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [];
	for (const name of folders.filter((name) => !languages.includes(name))) problems.push({ file: `${folder}/${name}/`, message: `is not read: the language folders are ${languages.join(' and ')}` });
	for (const entry of listFiles(root, folder)) problems.push({ file: `${folder}/${entry}`, message: `is not read: stories go in a language folder, ${languages.map((lang) => `${folder}/${lang}/`).join(' or ')}` });
	for (const lang of languages) {
		for (const name of listFiles(root, `${folder}/${lang}`)) {
			const file = `${folder}/${lang}/${name}`;
			if (!name.endsWith('.mdx')) {
				problems.push({ file, message: `is not read: stories must end in .mdx${name.endsWith('.md') ? ` (rename it to ${name}x)` : ''}` });
				continue;
			}
			const story = readStoryText(file, readFileSync(join(root, file), 'utf8'), problems);
			files.push({ file, id: name.replace(/\.mdx$/, ''), lang, ...story });
		}
	}
	return files;
}
