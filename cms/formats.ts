/**
 * How the CMS reads and writes files. Decap's own formats save an emptied
 * optional field as `null` or `''` (and copy `null` into the other language
 * of a story), which the schemas rightly refuse: an optional field is either
 * filled in or absent. These formats drop empty values on save, so what the
 * CMS writes passes `npm run check:content`.
 */
import { parse, stringify } from 'yaml';

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

const YAML_OPTIONS = { lineWidth: 0 } as const;

export const yamlFormat = {
	fromFile: (content: string): Data => (parse(content) as Data | null) ?? {},
	toFile: (data: Data, sortedKeys?: string[]): string => stringify(ordered(pruneEmpty(data) as Data, sortedKeys), YAML_OPTIONS),
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)([\s\S]*)$/;

/** A story: YAML frontmatter, then the MDX body (Decap's `body` field). */
export const frontmatterFormat = {
	fromFile(content: string): Data {
		const match = FRONTMATTER.exec(content.replace(/^\uFEFF/, ''));
		if (!match) return { body: content };
		return { ...yamlFormat.fromFile(match[1] ?? ''), body: match[2] ?? '' };
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
