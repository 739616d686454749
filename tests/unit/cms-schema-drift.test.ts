import type { CmsCollection, CmsField } from 'decap-cms-core';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../cms/config.ts';
import { cmsSpecs, compareI18n, compareSpecs, schemaSpecs } from '../support/schema-drift.ts';
import { authorSchema, businessSchema, districtSchema, pageSchema, storySchema, topicSchema, TRANSLATABLE_PAGE_FIELDS, TRANSLATABLE_STORY_FIELDS } from '../../src/schemas/content.ts';

const config = cmsConfig({});
const collection = (name: string) => {
	const found = config.collections.find((candidate) => candidate.name === name);
	if (!found?.fields) throw new Error(`no CMS collection ${name}`);
	return found as CmsCollection & { fields: CmsField[] };
};
/** The story body is the MDX below the frontmatter: translatable, but not a schema field. */
const STORY_TRANSLATABLE = [...TRANSLATABLE_STORY_FIELDS, 'body'];
const PAGE_TRANSLATABLE = [...TRANSLATABLE_PAGE_FIELDS, 'body'];
/** Optional in the schema only so untranslated stub files pass; the superRefine makes them required together. */
const REQUIRED_IN_CMS_ONLY: Record<string, string[]> = { stories: ['title', 'description', 'hero.alt'], pages: ['title', 'description'] };

const drift = (name: string, schema: z.core.$ZodType, fields = collection(name).fields) =>
	compareSpecs(schemaSpecs(schema), cmsSpecs(fields, '', new Map(), ['body']), { requiredInCmsOnly: REQUIRED_IN_CMS_ONLY[name] ?? [] });

/** A deep copy of a collection's fields with one field changed by `edit` (found by dotted path). */
function mutated(name: string, path: string, edit: (field: Record<string, unknown>, siblings: CmsField[]) => void): CmsField[] {
	const fields = structuredClone(collection(name).fields);
	const names = path.split('.');
	let siblings = fields;
	for (const [index, part] of names.entries()) {
		const field = siblings.find((candidate) => candidate.name === part) as Record<string, unknown> | undefined;
		if (!field) throw new Error(`no field ${path}`);
		if (index === names.length - 1) edit(field, siblings);
		else siblings = field.fields as CmsField[];
	}
	return fields;
}
const remove = (field: Record<string, unknown>, siblings: CmsField[]) => siblings.splice(siblings.indexOf(field as unknown as CmsField), 1);

describe('the CMS fields match the content schemas', () => {
	it.each([
		['stories', storySchema],
		['districts', districtSchema],
		['businesses', businessSchema],
		['authors', authorSchema],
		['topics', topicSchema],
		['pages', pageSchema],
	] as const)('%s: same fields, requiredness, limits, patterns and options', (name, schema) => {
		expect(drift(name, schema)).toEqual([]);
	});

	it('stories and pages: translatable fields are i18n: true and shared fields are duplicated', () => {
		expect(compareI18n(collection('stories').fields, STORY_TRANSLATABLE)).toEqual([]);
		expect(compareI18n(collection('pages').fields, PAGE_TRANSLATABLE)).toEqual([]);
	});

	it('stories are one MDX file per language, named by an ASCII slug of the title', () => {
		const stories = collection('stories');
		expect(stories).toMatchObject({ folder: 'content/stories', extension: 'mdx', format: 'trame-frontmatter', i18n: true });
		expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['it', 'en'], default_locale: 'it' });
		expect(config.collections.filter((candidate) => candidate.i18n).map((candidate) => candidate.name)).toEqual(['stories', 'pages']);
		expect(collection('pages')).toMatchObject({ folder: 'content/pages', extension: 'mdx', format: 'trame-frontmatter', i18n: true });
		expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true });
	});
});

describe('the drift detector reports', () => {
	it('a field the CMS lost', () => {
		expect(drift('stories', storySchema, mutated('stories', 'verifiedBy', remove))).toEqual(['verifiedBy: in the schema but not in the CMS']);
	});

	it('a slug field that lost the file-name pattern, in stories and districts', () => {
		expect(drift('stories', storySchema, mutated('stories', 'slug', (field) => delete field.match))).toHaveLength(1);
		expect(drift('districts', districtSchema, mutated('districts', 'slug.en', (field) => delete field.match))).toHaveLength(1);
	});

	it('a field the schema does not know', () => {
		const fields = [...collection('authors').fields, { name: 'twitter', label: 'Twitter', widget: 'string' } as CmsField];
		expect(drift('authors', authorSchema, fields)).toEqual(['twitter: in the CMS but not in the schema']);
	});

	it('a schema field added without a CMS field', () => {
		expect(drift('authors', authorSchema.extend({ photo: z.string().optional() }))).toEqual(['photo: in the schema but not in the CMS']);
	});

	it('requiredness that differs, nested or not', () => {
		expect(drift('businesses', businessSchema, mutated('businesses', 'address', (field) => (field.required = true)))).toEqual(['address: optional in the schema but required in the CMS']);
		expect(drift('districts', districtSchema, mutated('districts', 'cover.alt.en', (field) => (field.required = false)))).toEqual(['cover.alt.en: required in the schema but optional in the CMS']);
	});

	it('length limits, list sizes and number ranges that differ', () => {
		expect(drift('stories', storySchema, mutated('stories', 'title', (field) => (field.limits = { min: 3, max: 100 })))).toEqual(['title: maxLength is 90 in the schema but 100 in the CMS']);
		expect(drift('stories', storySchema, mutated('stories', 'topics', (field) => (field.max = 10)))).toEqual(['topics: maxItems is 6 in the schema but 10 in the CMS']);
		expect(drift('businesses', businessSchema, mutated('businesses', 'coordinates.lat', (field) => (field.min = 30)))).toEqual(['coordinates.lat: minimum is 35.4 in the schema but 30 in the CMS']);
	});

	it('a pattern that differs, and a format with no pattern at all', () => {
		expect(drift('businesses', businessSchema, mutated('businesses', 'province', (field) => (field.match = ['^[A-Z]{3}$', 'x'])))).toEqual(['province: pattern is "^[A-Z]{2}$" in the schema but "^[A-Z]{3}$" in the CMS']);
		expect(drift('businesses', businessSchema, mutated('businesses', 'website', (field) => delete field.match))).toEqual(['website: the schema checks a uri but the CMS has no pattern']);
	});

	it('sectors typed freely instead of chosen among the topics', () => {
		const typed = mutated('businesses', 'sectors', (field) => Object.assign(field, { widget: 'list', field: { name: 'sector', label: 'Settore', widget: 'string' } }));
		expect(drift('businesses', businessSchema, typed)).toEqual(['sectors[]: the schema expects id, the CMS edits it as string']);
	});

	it('a field inside a list of groups that drifted', () => {
		expect(drift('stories', storySchema, mutated('stories', 'corrections', (field) => ((field.fields as Record<string, unknown>[])[1]!.limits = { min: 10, max: 900 })))).toEqual(['corrections[].text: maxLength is 500 in the schema but 900 in the CMS']);
	});

	it('select options that differ from the enum', () => {
		const fields = mutated('stories', 'kind', (field) => (field.options = [{ value: 'entrepreneur', label: 'Impresa' }]));
		expect(drift('stories', storySchema, fields)).toEqual(['kind: options are ["entrepreneur","territory"] in the schema but ["entrepreneur"] in the CMS']);
	});

	it('a widget that stores the wrong kind of value', () => {
		expect(drift('stories', storySchema, mutated('stories', 'author', (field) => (field.widget = 'string')))).toEqual(['author: the schema expects id, the CMS edits it as string']);
		expect(drift('stories', storySchema, mutated('stories', 'publishDate', (field) => (field.widget = 'datetime')))).toEqual(['publishDate: the schema expects date, the CMS edits it as datetime widget']);
		expect(drift('stories', storySchema, mutated('stories', 'hero.image', (field) => (field.widget = 'file')))).toEqual(['hero.image: the schema expects image, the CMS edits it as file widget']);
	});

	it('an i18n mode that contradicts the translatable/shared split', () => {
		expect(compareI18n(mutated('stories', 'district', (field) => (field.i18n = true)), STORY_TRANSLATABLE)).toEqual(["district: i18n is translate in the CMS but the field is shared: set i18n: 'duplicate'"]);
		expect(compareI18n(mutated('stories', 'hero.alt', (field) => (field.i18n = 'duplicate')), STORY_TRANSLATABLE)).toEqual(['hero.alt: i18n is duplicate in the CMS but the field is translatable: set i18n: true']);
	});
});
