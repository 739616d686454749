/**
 * Reads a Netlify / Cloudflare Pages `_headers` file and answers which
 * headers a path gets, with those hosts' rules: every matching block applies,
 * `*` matches anything (slashes included), `:name` one segment, and a header
 * set by two blocks ends up with both values joined by a comma. The static
 * test server sends them, so browser tests see what a deploy sends.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface HeaderRule {
	pattern: string;
	matches: RegExp;
	headers: [string, string][];
}

/** Parses the file's blocks: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = line.trim();
			const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[A-Za-z]\w*/g, '[^/]+');
			rules.push({ pattern, matches: new RegExp(`^${source}$`), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const separator = line.indexOf(':');
		if (!rule || separator < 0) throw new Error(`_headers: "${line.trim()}" is not under a path or has no "Name: value"`);
		rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
	}
	return rules;
}

/** The headers a request for `path` gets, names lower-cased. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
	const result = new Map<string, string>();
	for (const rule of rules.filter((candidate) => candidate.matches.test(path))) {
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			result.set(key, result.has(key) ? `${result.get(key)}, ${value}` : value);
		}
	}
	return result;
}

/** The rules of `<root>/_headers`, or none when the site has no such file. */
export function readHeadersFile(root: string): HeaderRule[] {
	const file = `${root}/_headers`;
	return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}
