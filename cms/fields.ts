/**
 * Field builders for the CMS collections. Each one carries the same limits as
 * the zod schema it mirrors (src/schemas/content.ts). Length limits and the
 * story rules are checked before saving by the widgets in
 * cms/checked-widgets.ts, with the Italian messages of src/schemas/rules.ts;
 * the drift test (tests/unit/cms-schema-drift.test.ts) reads `limits` back.
 */
import type { CmsField } from 'decap-cms-core';
import { DEFAULT_LANGUAGE, LANGUAGES, LOCALES, type Language } from '../src/i18n/languages.ts';
import type { LocalizedSection } from '../src/utils/routes.ts';
import { FORMER_SLUGS_MAX, SECTORS_MAX } from '../src/schemas/content.ts';
import { SLUG_PATTERN, type RuleBreak } from '../src/schemas/rules.ts';

type I18nMode = CmsField['i18n'];

/** A field each language's file holds in its own words (the translator writes it). */
export const translated = { i18n: true } as const;
/** A fact both language files must agree on: Decap copies it into the other file. */
export const shared = { i18n: 'duplicate' } as const;
interface Common {
	required?: boolean;
	/** A story rule of src/schemas/rules.ts the CMS checks on this field before saving. */
	rule?: RuleBreak['field'];
	hint?: string;
	i18n?: I18nMode;
}

/** A text's length limits, as the checked widgets and the drift test read them. */
export interface Limits {
	min: number;
	max: number;
}

const withCommon = <T extends object>(field: T, { required = true, hint, i18n, rule }: Common) => ({
	...field,
	required,
	...(rule ? { rule } : {}),
	...(hint ? { hint } : {}),
	...(i18n ? { i18n } : {}),
});

/** A line (`string`) or paragraph (`text`) of text with the schema's length limits. */
export function text(name: string, label: string, min: number, max: number, options: Common & { multiline?: boolean } = {}): CmsField {
	const limits: Limits = { min, max };
	return withCommon({ name, label, widget: options.multiline ? 'text' : 'string', limits }, options);
}

/**
 * A string that must match a regex of the schema (province, phone…); the message says how to write it.
 * Named `match`, not Decap's `pattern`, whose message would start with "non corrisponde allo schema".
 */
export function patterned(name: string, label: string, pattern: RegExp, message: string, options: Common = {}): CmsField {
	return withCommon({ name, label, widget: 'string', match: [pattern.source, message] as [string, string] }, options);
}

/**
 * A date typed as DD/MM/YYYY and stored as YYYY-MM-DD text (cms/date-widget.ts).
 * Decap's datetime widget shows the computer's date order and by default stores a timestamp.
 */
export function date(name: string, label: string, options: Common = {}): CmsField {
	// Registered by cms/admin.ts, so Decap's types do not list it.
	return withCommon({ name, label, widget: 'italian-date' }, options) as CmsField;
}

/** An image uploaded to content/media and saved as its bare file name (public_folder is ''). */
export function image(name: string, label: string, options: Common = {}): CmsField {
	return withCommon({ name, label, widget: 'image', choose_url: false }, options);
}

/**
 * A reference to another entry by its file name, which is the id the schema
 * checks; `search` lists the fields an editor's typing is matched against.
 */
export function relation(name: string, label: string, collection: string, options: Common & { multiple?: boolean; display?: string; search?: string[]; min?: number; max?: number } = {}): CmsField {
	const display = options.display ?? 'name';
	return withCommon(
		{
			name,
			label,
			widget: 'relation',
			collection,
			value_field: '{{slug}}',
			search_fields: options.search ?? [display],
			display_fields: [display],
			...(options.multiple ? { multiple: true } : {}),
			...(options.min ? { min: options.min } : {}),
			...(options.max ? { max: options.max } : {}),
		},
		options,
	);
}

/** One value out of a fixed list, shown with Italian labels but saved as the schema's value. */
export function select(name: string, label: string, options: readonly { value: string; label: string }[], common: Common = {}): CmsField {
	return withCommon({ name, label, widget: 'select', options: options.map((option) => ({ ...option })) }, common);
}

export function boolean(name: string, label: string, fallback: boolean, options: Common = {}): CmsField {
	return withCommon({ name, label, widget: 'boolean', default: fallback }, { required: false, ...options });
}

export function number(name: string, label: string, min: number, max: number, valueType: 'int' | 'float', options: Common = {}): CmsField {
	return withCommon({ name, label, widget: 'number', value_type: valueType, min, max, ...(valueType === 'float' ? { step: 0.0001 } : {}) }, options);
}

/** A list of single values (languages spoken); `item` describes one entry. */
export function list(name: string, label: string, item: CmsField, limits: { min?: number; max?: number }, options: Common = {}): CmsField {
	return withCommon({ name, label, widget: 'list', field: item, ...(limits.min ? { min: limits.min } : {}), ...(limits.max ? { max: limits.max } : {}) }, options);
}

/**
 * The MDX text below the frontmatter of a story or page, translated. sanitize_preview
 * (missing from Decap's types) keeps raw HTML typed in the body from running in the preview.
 */
export function markdownBody(): CmsField {
	return { name: 'body', label: 'Testo', widget: 'markdown', i18n: true, modes: ['rich_text', 'raw'], sanitize_preview: true } as CmsField;
}

/** A list whose every entry is a small group of fields (a story's sources, its corrections). */
export function objectList(name: string, label: string, fields: CmsField[], limits: { min?: number; max?: number }, options: Common & { summary?: string } = {}): CmsField {
	return withCommon({ name, label, widget: 'list', fields, ...(options.summary ? { summary: options.summary } : {}), ...(limits.min ? { min: limits.min } : {}), ...(limits.max ? { max: limits.max } : {}) }, options);
}

export function group(name: string, label: string, fields: CmsField[], options: Common & { collapsed?: boolean } = {}): CmsField {
	return withCommon({ name, label, widget: 'object', fields, ...(options.collapsed ? { collapsed: true } : {}) }, options);
}

/**
 * Data files hold the published languages side by side as `{ it, en }`; the
 * CMS shows them as one group with a field per language, all required.
 */
export function bilingual(name: string, label: string, field: (name: string, label: string) => CmsField, options: Common = {}): CmsField {
	return group(name, label, LANGUAGES.map((lang) => field(lang, LOCALES[lang].name)), options);
}

/** Whose addresses a slug field competes with: its section's, in its language (the column's, for translated fields). */
export interface SlugOptions {
	section: LocalizedSection;
	lang?: Language;
	former?: boolean;
}

/**
 * A URL slug: the file-name pattern, and the Italian message of
 * src/schemas/rules.ts with a corrected suggestion; `slug` also makes the
 * checked widget refuse an address another entry of the language already has.
 */
export function slug(name: string, label: string, slugOptions: SlugOptions, options: Common = {}): CmsField {
	return { ...patterned(name, label, SLUG_PATTERN, 'Lettere minuscole, cifre e trattini singoli, come "la-fornace-dei-fontana".', { required: false, ...options }), slug: slugOptions } as unknown as CmsField;
}

/** Former slugs of an entry, each kept as a redirect to its current address. */
export function formerSlugs(name: string, label: string, slugOptions: Omit<SlugOptions, 'former'>, options: Common = {}): CmsField {
	return list(name, label, slug('slug', 'Indirizzo precedente', { ...slugOptions, former: true }, { required: true }), { max: FORMER_SLUGS_MAX }, {
		required: false,
		hint: 'Quando cambi un indirizzo già pubblicato, scrivi qui quello vecchio: chi lo apre arriva alla pagina nuova.',
		...options,
	});
}

/** Coordinates limited to Italy's bounding box, as the schema requires. */
export function coordinates(): CmsField {
	return group('coordinates', 'Coordinate', [number('lat', 'Latitudine', 35.4, 47.1, 'float'), number('lon', 'Longitudine', 6.6, 18.6, 'float')], {
		hint: 'Da una mappa: clic destro sul punto, copia i due numeri (es. 44.53, 10.78).',
	});
}

/**
 * Topics of a story, sectors of a district or business: chosen among the
 * topics collection, found by their name in any language, never typed freely.
 */
export function topics(name: string, label: string, limits: { min?: number; max: number }, options: Common = {}): CmsField {
	return relation(name, label, 'topics', { ...options, multiple: true, display: `name.${DEFAULT_LANGUAGE}`, search: LANGUAGES.map((lang) => `name.${lang}`), ...limits });
}

/** Sectors of a district or business: 1 to 5 topics. */
export function sectors(): CmsField {
	return topics('sectors', 'Settori', { min: 1, max: SECTORS_MAX }, { hint: 'Scegli tra i temi; se manca, aggiungilo in «Temi».' });
}

/**
 * Where a data collection lives: one YAML file per entry in content/<name>/.
 * The file name is the id other content refers to, made once from the
 * `identifier` field (ASCII, lowercase, dashes) when the entry is created.
 */
export function yamlFolder(name: string, identifier: string) {
	return { folder: `content/${name}`, extension: 'yaml', format: 'trame-yaml', create: true, slug: '{{slug}}', identifier_field: identifier };
}
