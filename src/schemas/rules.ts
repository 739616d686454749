/**
 * The rules a story must follow beyond each field's own type, in one place:
 * the content schema (and so `check:content` and the build) reports them in
 * English, and the CMS refuses to save on them in Italian, before the editor
 * leaves the page. Each message is one sentence an editor can act on.
 */
export type MessageLanguage = 'it' | 'en';
export type Message = Record<MessageLanguage, string>;

/** A story as either side sees it: the schema's parsed data, or the CMS's form (dates as text). */
export interface StoryFacts {
	kind?: unknown;
	businesses?: readonly unknown[] | null;
	draft?: unknown;
	verifiedBy?: unknown;
	verifiedOn?: unknown;
	publishDate?: unknown;
	updatedDate?: unknown;
	corrections?: readonly { date?: unknown }[] | null;
}

/** A field that breaks a rule, and what to tell the editor. */
export interface RuleBreak {
	field: 'verifiedBy' | 'verifiedOn' | 'businesses' | 'updatedDate' | 'corrections';
	/** Where inside the field, for a rule about one item of a list (`corrections.0.date`). */
	path?: (string | number)[];
	message: Message;
}

const filled = (value: unknown) => value !== undefined && value !== null && String(value).trim() !== '';
/** YYYY-MM-DD of a Date or of text, so the schema's dates and the CMS's strings compare alike. */
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '').slice(0, 10));

/** Every rule the story breaks, in field order. */
export function storyRuleBreaks(story: StoryFacts): RuleBreak[] {
	const breaks: RuleBreak[] = [];
	if (story.kind === 'entrepreneur' && (story.businesses ?? []).length === 0) {
		breaks.push({
			field: 'businesses',
			message: {
				en: 'is empty, but an entrepreneur story is about at least one business: add its id, or set kind to "territory"',
				it: "Una storia di tipo Impresa racconta almeno un'impresa: sceglila qui, oppure cambia il tipo in Territorio.",
			},
		});
	}
	if (story.draft !== true) {
		if (!filled(story.verifiedBy)) {
			breaks.push({
				field: 'verifiedBy',
				message: { en: 'is required before publishing: name who checked the facts, or set draft: true', it: 'Obbligatorio per pubblicare: scrivi chi ha verificato i fatti, oppure segna la storia come bozza.' },
			});
		}
		if (!filled(story.verifiedOn)) {
			breaks.push({
				field: 'verifiedOn',
				message: { en: 'is required before publishing: give the date the facts were checked (YYYY-MM-DD), or set draft: true', it: 'Obbligatoria per pubblicare: indica quando sono stati verificati i fatti, oppure segna la storia come bozza.' },
			});
		}
	}
	if (filled(story.updatedDate) && filled(story.publishDate) && day(story.updatedDate) < day(story.publishDate)) {
		breaks.push({
			field: 'updatedDate',
			message: { en: 'is before publishDate: an update cannot precede publication', it: "L'aggiornamento non può precedere la data di pubblicazione: correggi una delle due date." },
		});
	}
	breaks.push(...correctionBreaks(story));
	return breaks;
}

/**
 * A correction changes the story, so readers and search engines must see an
 * update no earlier than the latest correction; and a correction cannot come
 * before the story it corrects.
 */
function correctionBreaks(story: StoryFacts): RuleBreak[] {
	const dates = (story.corrections ?? []).map((correction) => (filled(correction.date) ? day(correction.date) : ''));
	const latest = dates.filter(Boolean).sort().at(-1);
	const breaks: RuleBreak[] = [];
	if (latest && !filled(story.updatedDate)) {
		breaks.push({
			field: 'updatedDate',
			message: {
				en: `is required when the story lists corrections: add updatedDate: ${latest} (the date of the latest correction)`,
				it: `Con una correzione serve la data di aggiornamento: indica il ${latest} (la data dell'ultima correzione) o una data successiva.`,
			},
		});
	} else if (latest && day(story.updatedDate) < latest) {
		breaks.push({
			field: 'updatedDate',
			message: { en: `is before the latest correction (${latest}): set it to ${latest} or later`, it: `L'aggiornamento precede l'ultima correzione (${latest}): indica il ${latest} o una data successiva.` },
		});
	}
	dates.forEach((date, index) => {
		if (date && filled(story.publishDate) && date < day(story.publishDate)) {
			breaks.push({
				field: 'corrections',
				path: ['corrections', index, 'date'],
				message: { en: 'is before publishDate: a correction cannot precede publication', it: 'Una correzione non può precedere la data di pubblicazione: controlla la data.' },
			});
		}
	});
	return breaks;
}

/**
 * A text's length against its limits, counted as the schema counts (trimmed,
 * in UTF-16 units like String.length); undefined when it fits. Editors get the
 * count they have, not only the limit.
 */
export function lengthMessage(text: string, min: number, max: number): Message | undefined {
	const length = text.trim().length;
	if (length > max) return { en: `is too long: ${length} characters, at most ${max}`, it: `${length} caratteri, massimo ${max}: accorcia il testo.` };
	if (length < min) {
		if (min === 1) return { en: 'must not be empty', it: 'Scrivi qualcosa: il campo è vuoto.' };
		return { en: `is too short: ${length} characters, at least ${min}`, it: `${length} caratteri, minimo ${min}: aggiungi qualche parola.` };
	}
	return undefined;
}

/** File names, ids and URL slugs: plain ASCII, so an address survives any keyboard, disk and chat app. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What is wrong with a URL slug as written; undefined when it is one. */
export function slugMessage(slug: string): Message | undefined {
	if (SLUG_PATTERN.test(slug)) return undefined;
	const suggestion = slug.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'the-fontanas-kiln';
	return {
		en: `"${slug}" cannot be a web address: use lowercase letters, digits and single dashes, like "${suggestion}"`,
		it: `"${slug}" non può essere un indirizzo web: usa lettere minuscole, cifre e trattini singoli, come "${suggestion}".`,
	};
}

/**
 * Two entries of one language cannot have the same address, and a former
 * slug cannot be another entry's live address (its redirect would hide that
 * page). `other` names what already has it: a file to the checker, a title in the CMS.
 */
export function slugTakenMessage(slug: string, other: string, former: boolean): Message {
	return former
		? { en: `"${slug}" already leads to ${other}: a former slug cannot be the address of another page, so remove it from formerSlugs`, it: `"${slug}" porta già a ${other}: un indirizzo precedente non può essere quello di un'altra pagina, toglilo.` }
		: { en: `"${slug}" is already the address of ${other} in this language: choose another slug for one of them`, it: `"${slug}" è già l'indirizzo di ${other} in questa lingua: scegline un altro.` };
}
