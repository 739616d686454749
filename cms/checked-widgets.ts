/**
 * The CMS refuses, before saving, what the content check would refuse, in
 * Italian and with the same rules (src/schemas/rules.ts). Decap's own checks
 * cannot say "78 caratteri, massimo 90" (a pattern only matches) nor look at
 * another field (verification is needed unless the story is a draft), so the
 * built-in widgets are wrapped: the wrapper renders Decap's control unchanged
 * and adds the rule to its validation, which Decap runs on every save.
 */
import { Component, createElement as h, type ComponentType } from 'react';
import { isLanguage } from '../src/i18n/languages.ts';
import { lengthMessage, slugMessage, slugTakenMessage, storyRuleBreaks, type StoryFacts } from '../src/schemas/rules.ts';
import type { SlugOwners } from '../src/utils/slug-owners.ts';
import type { Limits, SlugOptions } from './fields.ts';

/** The field options the wrapper reads (set by cms/fields.ts). */
export interface CheckedField {
	name: string;
	limits?: Limits;
	match?: [string, string];
	rule?: string;
	slug?: SlugOptions;
}

/** Where a slug field is being edited: the entry's file name (none while new), the language, and the addresses already taken. */
export interface SlugContext {
	id?: string;
	lang?: string;
	owners: SlugOwners;
}

/**
 * The Italian message for a field's value, or undefined when it may be saved.
 * `entry` is the whole form, for rules that depend on other fields.
 */
export function problemFor(field: CheckedField, value: unknown, entry: StoryFacts, where?: SlugContext): string | undefined {
	const text = typeof value === 'string' ? value : '';
	if (field.slug && text.trim() !== '') return slugProblem(field.slug, text.trim(), where);
	if (field.limits && text.trim() !== '') {
		const message = lengthMessage(text, field.limits.min, field.limits.max);
		if (message) return message.it;
	}
	if (field.match && text.trim() !== '' && !new RegExp(field.match[0]).test(text)) return field.match[1];
	if (field.rule) return storyRuleBreaks(entry).find((broken) => broken.field === field.rule)?.message.it;
	return undefined;
}

/** A slug that is not an address, or that another entry of the language already holds. */
function slugProblem(options: SlugOptions, slug: string, where?: SlugContext): string | undefined {
	const wrong = slugMessage(slug);
	if (wrong) return wrong.it;
	const lang = options.lang ?? where?.lang;
	const owner = where && isLanguage(lang) ? where.owners[options.section][lang]?.[slug] : undefined;
	return owner && owner.id !== where?.id ? slugTakenMessage(slug, `«${owner.name}»`, options.former === true).it : undefined;
}

interface Immutable {
	toJS(): unknown;
	get(key: string): unknown;
}
interface ControlProps {
	field: Immutable;
	value: unknown;
	entry?: Immutable;
	getEntry?: () => Immutable | undefined;
	/** The language column of a translated field. */
	locale?: string;
}
type Validity = boolean | { error: unknown } | Promise<unknown>;
interface InnerControl {
	isValid?: () => Validity;
	getValidateValue?: () => unknown;
	getWrappedInstance?: () => InnerControl;
}

const plain = (value: unknown) => (value && typeof (value as Immutable).toJS === 'function' ? (value as Immutable).toJS() : value);

/** Wraps one of Decap's widget controls so that saving also checks the field's rule. */
export function checked(Inner: ComponentType<ControlProps>, owners: SlugOwners): ComponentType<ControlProps> {
	return class Checked extends Component<ControlProps> {
		inner: InnerControl | null = null;

		/** Decap calls this on save: the wrapped control's own check first, then the rule. */
		isValid = (): Validity => {
			const own = this.inner?.isValid?.();
			const ownFine = own === undefined || own === true || (typeof own === 'object' && 'error' in own && !own.error);
			if (!ownFine) return own as Validity;
			const field = this.props.field.toJS() as CheckedField;
			// getEntry reads the store now; the `entry` prop is whatever it was when this field last rendered.
			const entry = this.props.getEntry?.() ?? this.props.entry;
			const data = (plain(entry?.get('data')) ?? {}) as StoryFacts;
			const message = problemFor(field, plain(this.props.value), data, { id: (entry?.get('slug') as string | undefined) || undefined, lang: this.props.locale, owners });
			return message ? { error: { type: 'CUSTOM', message } } : true;
		};

		/**
		 * A field under a rule is marked required so Decap does not label it "(opzionale)"; the rule
		 * decides instead (verification may wait while the story is a draft), so Decap's presence check
		 * is handed a placeholder when the field is empty and `isValid` gives the real answer.
		 */
		getValidateValue = (): unknown => {
			const value = this.inner?.getValidateValue?.() ?? this.props.value;
			const empty = value === undefined || value === null || value === '' || (typeof (value as { size?: number }).size === 'number' && (value as { size: number }).size === 0);
			return this.props.field.get('rule') && empty ? 'checked by its rule' : value;
		};

		render() {
			return h(Inner, {
				...this.props,
				ref: (control: InnerControl | null) => {
					this.inner = control?.getWrappedInstance ? control.getWrappedInstance() : control;
				},
			} as ControlProps);
		}
	};
}

/** The built-in widgets the collections use for checked fields. */
export const CHECKED_WIDGETS = ['string', 'text', 'relation'] as const;
