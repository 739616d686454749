/**
 * How the CMS reads and writes files. Decap's own formats save an emptied
 * optional field as `null` or `''` (and copy `null` into the other language
 * of a story), which the schemas rightly refuse: an optional field is either
 * filled in or absent. These formats drop empty values on save, so what the
 * CMS writes passes `npm run check:content`.
 */
import { isMap, parse, parseDocument, stringify, type Document } from 'yaml';

type Data = Record<string, unknown>;

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as Data).length === 0);

/** Removes null, '' and objects left empty by that, at any depth; lists keep their order. */
export function pruneEmpty(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(pruneEmpty).filter((item) => !isEmpty(item));
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		const entries = Object.entries(value as Data).map(([key, item]) => [key, pruneEmpty(item)] as const);
		return Object.fromEntries(entries.filter(([, item]) => !isEmpty(item)));
	}
	return value;
}

/** Field order as the CMS shows it (Decap passes it), so diffs stay small and files read top-down. */
function ordered(data: Data, sortedKeys: string[] = []): Data {
	const keys = [...sortedKeys.filter((key) => key in data), ...Object.keys(data).filter((key) => !sortedKeys.includes(key))];
	return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

// Flow lists as editors write them by hand (`[it, en]`), so an untouched line stays untouched.
const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * The files the CMS has read, as YAML documents: Decap hands `toFile` only the
 * edited data, so the document it came from is found again by content (the
 * one that agrees with it on most values) and only what changed is written
 * into it. Quotes, comments, key order and number formatting of the rest stay
 * as they were, and a reviewer sees a one-line diff for a one-field edit.
 */
const readDocuments: { data: Data; document: Document }[] = [];
/** Values read from YAML are plain JSON (strings, numbers, booleans, lists, maps). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const MAX_REMEMBERED = 500;

/** Every leaf value with its path, to measure how much two versions of a file agree. */
function leaves(value: unknown, path: string[] = [], out = new Map<string, unknown>()): Map<string, unknown> {
	if (value && typeof value === 'object' && !Array.isArray(value)) for (const [key, item] of Object.entries(value as Data)) leaves(item, [...path, key], out);
	else out.set(JSON.stringify(path), value);
	return out;
}

function closestDocument(data: Data): Document | undefined {
	const wanted = leaves(data);
	let best: { document: Document; score: number } | undefined;
	for (const read of readDocuments) {
		const had = leaves(read.data);
		const agreeing = [...wanted].filter(([path, value]) => had.has(path) && same(had.get(path), value)).length;
		const score = agreeing / Math.max(wanted.size, had.size);
		if (score > (best?.score ?? 0.5)) best = { document: read.document, score };
	}
	return best?.document;
}

/** Writes into `document` only the values that differ from `data`, and removes keys `data` no longer has. */
function applyChanges(document: Document, data: Data, path: string[] = []) {
	const node = path.length ? document.getIn(path, true) : document.contents;
	const current = isMap(node) ? (node.toJSON() as Data) : undefined;
	if (!current) {
		document.setIn(path, data);
		return;
	}
	for (const key of Object.keys(current)) if (!(key in data)) document.deleteIn([...path, key]);
	for (const [key, value] of Object.entries(data)) {
		if (same(current[key], value)) continue;
		if (value && typeof value === 'object' && !Array.isArray(value) && current[key] && typeof current[key] === 'object' && !Array.isArray(current[key])) applyChanges(document, value as Data, [...path, key]);
		else document.setIn([...path, key], value);
	}
}

export const yamlFormat = {
	fromFile(content: string): Data {
		const document = parseDocument(content);
		const data = (document.toJS() as Data | null) ?? {};
		readDocuments.push({ data: JSON.parse(JSON.stringify(data)) as Data, document });
		if (readDocuments.length > MAX_REMEMBERED) readDocuments.shift();
		return data;
	},
	toFile(data: Data, sortedKeys?: string[]): string {
		const clean = ordered(pruneEmpty(data) as Data, sortedKeys);
		const document = closestDocument(clean);
		if (!document) return stringify(clean, YAML_OPTIONS);
		const edited = document.clone();
		applyChanges(edited, clean);
		return edited.toString(YAML_OPTIONS);
	},
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)([\s\S]*)$/;

/** A story: YAML frontmatter, then the MDX body (Decap's `body` field). */
export const frontmatterFormat = {
	fromFile(content: string): Data {
		const match = FRONTMATTER.exec(content.replace(/^\uFEFF/, ''));
		if (!match) return { body: content };
		return { ...((parse(match[1] ?? '') as Data | null) ?? {}), body: match[2] ?? '' };
	},
	toFile(data: Data, sortedKeys?: string[]): string {
		const { body = '', ...fields } = data;
		const pruned = ordered(pruneEmpty(fields) as Data, sortedKeys);
		const text = String(body ?? '');
		return `---\n${stringify(pruned, YAML_OPTIONS)}---\n${text && !text.endsWith('\n') ? `${text}\n` : text}`;
	},
};

/** Format names used by the collections; registered in cms/admin.ts. */
export const FORMATS = { 'trame-yaml': { extension: 'yaml', format: yamlFormat }, 'trame-frontmatter': { extension: 'mdx', format: frontmatterFormat } } as const;
