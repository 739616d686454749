/**
 * Facts go stale: a figure, an opening hour, a phone number checked two years
 * ago may no longer hold. This lists what editors should check again, for
 * `npm run check:content` and the editors' page under /admin/, from the same
 * plain data, so the two lists can never disagree. Age never fails a build.
 */
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages.ts';
import type { StoryData } from '../schemas/content.ts';
import { isTranslated } from './stories.ts';

export interface RecheckItem {
	kind: 'story' | 'business';
	/** The story's slug or the business's id: the file name editors look for. */
	id: string;
	/** A name editors recognise: the business name, or the story title in the first language it is written in. */
	name: string;
	/** The language of `name`, and of the public page that shows it. */
	lang: Language;
	/** The page's URL segment in `lang`: the story's slug in that language, or the id. */
	urlSlug: string;
	/** The files to edit (a story's every language file) and the field to update once the facts are checked. */
	files: string[];
	field: 'verifiedOn' | 'factsCheckedOn';
	checkedOn: Date;
	/** Whole months since the check, for a plain sentence. */
	months: number;
}

interface StoryInput {
	lang: Language;
	slug: string;
	data: Pick<StoryData, 'title' | 'slug' | 'description' | 'draft' | 'verifiedOn'>;
	body: string;
}

interface BusinessInput {
	id: string;
	data: { name: string; factsCheckedOn: Date };
}

/** Whole calendar months from `from` to `to` (UTC), counting a month only once its day has come. */
export function monthsBetween(from: Date, to: Date): number {
	const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
	return to.getUTCDate() < from.getUTCDate() ? months - 1 : months;
}

/**
 * Published stories (their oldest check among languages) and businesses whose
 * facts were checked more than `afterMonths` months before `today`, oldest
 * first. Drafts are left out: they are checked before they are published.
 */
export function recheckBacklog(input: { stories: readonly StoryInput[]; businesses: readonly BusinessInput[] }, today: Date, afterMonths: number): RecheckItem[] {
	const drafts = new Set(input.stories.filter((file) => file.data.draft).map((file) => file.slug));
	const stories = new Map<string, Omit<RecheckItem, 'months'>>();
	const inLanguageOrder = [...input.stories].sort((a, b) => LANGUAGES.indexOf(a.lang) - LANGUAGES.indexOf(b.lang));
	for (const file of inLanguageOrder) {
		if (drafts.has(file.slug) || !isTranslated(file) || !file.data.verifiedOn) continue;
		const path = `content/stories/${file.lang}/${file.slug}.mdx`;
		const seen = stories.get(file.slug);
		if (!seen) stories.set(file.slug, { kind: 'story', id: file.slug, name: file.data.title ?? file.slug, lang: file.lang, urlSlug: file.data.slug ?? file.slug, files: [path], field: 'verifiedOn', checkedOn: file.data.verifiedOn });
		else stories.set(file.slug, { ...seen, files: [...seen.files, path], checkedOn: seen.checkedOn < file.data.verifiedOn ? seen.checkedOn : file.data.verifiedOn });
	}
	const businesses = input.businesses.map(({ id, data }): Omit<RecheckItem, 'months'> => ({ kind: 'business', id, name: data.name, lang: DEFAULT_LANGUAGE, urlSlug: id, files: [`content/businesses/${id}.yaml`], field: 'factsCheckedOn', checkedOn: data.factsCheckedOn }));
	const items: RecheckItem[] = [...stories.values(), ...businesses].map((item) => ({ ...item, months: monthsBetween(item.checkedOn, today) }));
	return items
		.filter((item) => isOlderThan(item.checkedOn, today, afterMonths))
		.sort((a, b) => a.checkedOn.getTime() - b.checkedOn.getTime() || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

/** Strictly more than `months` months: checked exactly 18 months ago today is not overdue yet. */
function isOlderThan(checkedOn: Date, today: Date, months: number): boolean {
	const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
	return checkedOn < limit;
}

/** One line of the terminal list: the file to open, what it is, and how old its check is. */
export function formatRecheckItem(item: RecheckItem): string {
	return `${item.files.join(', ')}  ${item.kind} "${item.name}": ${item.field} is ${item.checkedOn.toISOString().slice(0, 10)}, ${item.months} months ago. Check the facts again, then update ${item.field}.`;
}
