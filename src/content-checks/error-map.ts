/**
 * Turns zod issues into sentences an editor can act on, in the spirit of
 * Starlight's error map: the field path first, then what was expected in
 * words rather than type names.
 */
import type { z } from 'astro/zod';
import type { ContentProblem } from './problems.ts';

const TYPE_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
	date: 'a date (YYYY-MM-DD)',
};

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return 'a date';
	if (typeof value === 'object') return 'a group of fields';
	return `${typeof value === 'string' ? 'text' : typeof value} ${JSON.stringify(value)}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

/** The sentence for one issue; custom messages written in the schemas are used as they are. */
export function friendlyMessage(issue: z.core.$ZodIssue, input: unknown): string {
	const received = valueAt(input, issue.path);
	switch (issue.code) {
		case 'invalid_type':
			if (received === undefined) return 'is required but missing: add it';
			if (!issue.message.startsWith('Invalid')) return `${issue.message}, but it is ${describe(received)}`;
			return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, but it is ${describe(received)}`;
		case 'invalid_union':
			// A calendar date accepts a date or text, so a missing one fails both and arrives here.
			return received === undefined ? 'is required but missing: add it' : issue.message;
		case 'unrecognized_keys':
			return `is not a field Trame knows${issue.keys.length > 1 ? ` (nor ${issue.keys.slice(1).join(', ')})` : ''}: check the spelling or remove it`;
		case 'invalid_value':
			return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, but it is ${describe(received)}`;
		default:
			return issue.message;
	}
}

/** Converts a failed parse into problems, one per issue, with field paths. */
export function issuesToProblems(file: string, error: z.ZodError, input: unknown, lineOf: (path: readonly PropertyKey[]) => number | undefined): ContentProblem[] {
	return error.issues.map((issue) => {
		// An unknown key is reported on its parent object; point at the key itself instead.
		const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
		return { file, line: lineOf(path), field: path.length ? path.join('.') : undefined, message: friendlyMessage(issue, input) };
	});
}
