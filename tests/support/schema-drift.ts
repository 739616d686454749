/**
 * Compares the CMS fields with the zod schemas they mirror, so a change on one
 * side without the other fails the tests instead of letting editors save files
 * the build refuses (or hiding a field the schema accepts). Both sides are
 * reduced to the same flat description, one entry per field path.
 */
import { z } from 'astro/zod';
import type { CmsField } from 'decap-cms-core';
import { calendarDate, ID_PATTERN, MEDIA_FILE_PATTERN } from '../../src/schemas/content.ts';
import type { Limits } from '../../cms/fields.ts';

/** What both sides agree on for one field; `id`, `image` and `date` are strings with a meaning. */
export interface FieldSpec {
	type: 'object' | 'array' | 'string' | 'id' | 'image' | 'date' | 'enum' | 'number' | 'integer' | 'boolean' | `${string} widget`;
	required: boolean;
	minLength?: number;
	maxLength?: number;
	pattern?: string;
	/** The schema checks a format (url, email) the CMS can only approximate with some pattern. */
	format?: string;
	minimum?: number;
	maximum?: number;
	minItems?: number;
	maxItems?: number;
	options?: string[];
}
export type Specs = Map<string, FieldSpec>;

type AnySchema = z.core.$ZodType;
type JsonSchema = { type?: string; minLength?: number; maxLength?: number; pattern?: string; format?: string; minimum?: number; maximum?: number; minItems?: number; maxItems?: number; enum?: string[] };

const json = (schema: AnySchema) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
const defined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;

/** A string schema's limits; the two patterns with a meaning become their own types. */
function stringSpec(schema: JsonSchema, required: boolean): FieldSpec {
	if (schema.pattern === ID_PATTERN.source) return { type: 'id', required };
	if (schema.pattern === MEDIA_FILE_PATTERN.source) return { type: 'image', required };
	return defined({ type: 'string' as const, required, minLength: schema.minLength, maxLength: schema.maxLength, pattern: schema.format ? undefined : schema.pattern, format: schema.format });
}

/** Flattens a zod schema into field specs keyed by dotted path (`hero.alt`, `tags[]`). */
export function schemaSpecs(schema: AnySchema, path = '', specs: Specs = new Map(), required = true): Specs {
	const def = schema._zod.def as { type: string; innerType?: AnySchema; shape?: Record<string, AnySchema>; element?: AnySchema; in?: AnySchema; out?: AnySchema };
	if (def.type === 'optional' || def.type === 'default') return schemaSpecs(def.innerType as AnySchema, path, specs, false);
	if (schema === calendarDate) return specs.set(path, { type: 'date', required });
	switch (def.type) {
		case 'object':
			if (path) specs.set(path, { type: 'object', required });
			for (const [name, field] of Object.entries(def.shape ?? {})) schemaSpecs(field, path ? `${path}.${name}` : name, specs);
			return specs;
		case 'array': {
			const { minItems, maxItems } = json(schema);
			specs.set(path, defined({ type: 'array' as const, required, minItems, maxItems }));
			return schemaSpecs(def.element as AnySchema, `${path}[]`, specs);
		}
		case 'pipe': {
			// A cleaning step (trim, strip a media/ prefix) then the real check: both sides tell the limits.
			const out = def.out as AnySchema;
			const merged = { ...json(def.in as AnySchema), ...(out._zod.def.type === 'transform' ? {} : json(out)) };
			return specs.set(path, stringSpec(merged, required));
		}
		case 'enum':
			return specs.set(path, { type: 'enum', required, options: [...(json(schema).enum ?? [])].sort() });
		case 'boolean':
			return specs.set(path, { type: 'boolean', required });
		case 'number': {
			const { type, minimum, maximum } = json(schema);
			return specs.set(path, defined({ type: type === 'integer' ? ('integer' as const) : ('number' as const), required, minimum, maximum }));
		}
		case 'string':
			return specs.set(path, stringSpec(json(schema), required));
		default:
			throw new Error(`schema-drift does not know zod type "${def.type}" at ${path}: teach it, so the CMS can be compared`);
	}
}

type Field = CmsField & Record<string, unknown>;

/** Flattens CMS fields into the same specs; `skip` lists fields stored outside the data (the MDX body). */
export function cmsSpecs(fields: readonly CmsField[], path = '', specs: Specs = new Map(), skip: readonly string[] = []): Specs {
	for (const field of fields as Field[]) {
		if (skip.includes(field.name)) continue;
		// A list's item is passed in named "[]", the zod side's notation for array elements.
		const at = field.name === '[]' ? `${path}[]` : path ? `${path}.${field.name}` : field.name;
		// A field under a story rule (src/schemas/rules.ts) is optional in the schema: the rule says when it is needed.
		const required = field.required !== false && !field.rule;
		switch (field.widget) {
			case 'object':
				specs.set(at, { type: 'object', required });
				cmsSpecs(field.fields as CmsField[], at, specs);
				break;
			case 'list':
				specs.set(at, defined({ type: 'array' as const, required, minItems: field.min as number | undefined, maxItems: field.max as number | undefined }));
				// A list of groups has `fields`, a list of single values one `field`.
				if (field.fields) cmsSpecs([{ name: '[]', label: '', widget: 'object', fields: field.fields as CmsField[] } as CmsField], at, specs);
				else cmsSpecs([{ ...(field.field as CmsField), name: '[]' }], at, specs);
				break;
			case 'relation':
				if (field.multiple) {
					specs.set(at, defined({ type: 'array' as const, required, minItems: field.min as number | undefined, maxItems: field.max as number | undefined }));
					specs.set(`${at}[]`, { type: 'id', required: true });
				} else specs.set(at, { type: 'id', required });
				break;
			case 'image':
				specs.set(at, { type: 'image', required });
				break;
			case 'italian-date':
				specs.set(at, { type: 'date', required });
				break;
			case 'select':
				specs.set(at, { type: 'enum', required, options: (field.options as ({ value: string } | string)[]).map((option) => (typeof option === 'string' ? option : option.value)).sort() });
				break;
			case 'boolean':
				specs.set(at, { type: 'boolean', required });
				break;
			case 'number':
				specs.set(at, defined({ type: field.value_type === 'int' ? ('integer' as const) : ('number' as const), required, minimum: field.min as number | undefined, maximum: field.max as number | undefined }));
				break;
			case 'string':
			case 'text': {
				const pattern = (field.match as [string, string] | undefined)?.[0];
				const limits = field.limits as Limits | undefined;
				if (pattern === ID_PATTERN.source) specs.set(at, { type: 'id', required });
				else specs.set(at, limits ? { type: 'string', required, minLength: limits.min, maxLength: limits.max } : defined({ type: 'string' as const, required, pattern }));
				break;
			}
			default:
				specs.set(at, { type: `${field.widget} widget`, required });
		}
	}
	return specs;
}

const LIMITS = ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'] as const;
const show = (value: unknown) => (value === undefined ? 'none' : JSON.stringify(value));

/**
 * Every disagreement, in words that say which side to fix. `requiredInCmsOnly`
 * lists paths the schema leaves optional on purpose (an untranslated stub file
 * has no title) but an editor must fill in.
 */
export function compareSpecs(schema: Specs, cms: Specs, options: { requiredInCmsOnly?: readonly string[] } = {}): string[] {
	const problems: string[] = [];
	for (const path of new Set([...schema.keys(), ...cms.keys()])) {
		const want = schema.get(path);
		const have = cms.get(path);
		if (!have) {
			problems.push(`${path}: in the schema but not in the CMS`);
			continue;
		}
		if (!want) {
			problems.push(`${path}: in the CMS but not in the schema`);
			continue;
		}
		if (want.type !== have.type) problems.push(`${path}: the schema expects ${want.type}, the CMS edits it as ${have.type}`);
		const required = want.required || options.requiredInCmsOnly?.includes(path) === true;
		if (required !== have.required) problems.push(`${path}: ${required ? 'required' : 'optional'} in the schema but ${have.required ? 'required' : 'optional'} in the CMS`);
		for (const limit of LIMITS) {
			if (want[limit] !== have[limit]) problems.push(`${path}: ${limit} is ${show(want[limit])} in the schema but ${show(have[limit])} in the CMS`);
		}
		if (want.format ? !have.pattern : want.pattern !== have.pattern) {
			problems.push(want.format ? `${path}: the schema checks a ${want.format} but the CMS has no pattern` : `${path}: pattern is ${show(want.pattern)} in the schema but ${show(have.pattern)} in the CMS`);
		}
		if (show(want.options) !== show(have.options)) problems.push(`${path}: options are ${show(want.options)} in the schema but ${show(have.options)} in the CMS`);
	}
	return problems;
}

type I18nMode = 'translate' | 'duplicate' | 'none';
const modeOf = (field: CmsField): I18nMode => (field.i18n === true || field.i18n === 'translate' ? 'translate' : field.i18n === 'duplicate' ? 'duplicate' : 'none');

/**
 * In an i18n collection, translatable fields must be `i18n: true` and every
 * other one `duplicate` (Decap then copies it into each language file, which
 * is what the checker's "both languages say the same" rule needs). A group is
 * translatable when something inside it is.
 */
export function compareI18n(fields: readonly CmsField[], translatable: readonly string[], path = ''): string[] {
	const problems: string[] = [];
	for (const field of fields as Field[]) {
		const at = path ? `${path}.${field.name}` : field.name;
		const inside = translatable.some((name) => name === at || name.startsWith(`${at}.`));
		const want: I18nMode = inside ? 'translate' : 'duplicate';
		if (modeOf(field) !== want) problems.push(`${at}: i18n is ${modeOf(field)} in the CMS but the field is ${inside ? 'translatable' : 'shared'}: set i18n: ${inside ? 'true' : "'duplicate'"}`);
		if (field.widget === 'object') problems.push(...compareI18n(field.fields as CmsField[], translatable, at));
	}
	return problems;
}
