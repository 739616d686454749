/**
 * Every content schema of Trame, in one place. The Astro content layer, the
 * `check:content` command and the CMS drift test all read these, so an editor
 * gets the same answer from the build, the checker and the CMS.
 */
import { z } from 'astro/zod';
import { LANGUAGES, LOCALES, type Language } from '../i18n/languages.ts';
import { lengthMessage, SLUG_PATTERN, slugMessage, storyRuleBreaks } from './rules.ts';

/** Ids and slugs become URL segments and file names, so they stay plain ASCII. */
export const ID_PATTERN = SLUG_PATTERN;
/** Images are referenced by their bare file name inside `content/media/`. */
export const MEDIA_FILE_PATTERN = /^[\w.-]+\.(?:jpe?g|png|webp|avif)$/i;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const TITLE_MAX = 90;
export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 160;
export const STORY_KINDS = ['entrepreneur', 'territory'] as const;

const id = (what: string) =>
	z.string().regex(ID_PATTERN, {
		error: `must be the ${what}'s id: lowercase letters, digits and single dashes, like "sassuolo" or "ceramiche-fontana"`,
	});

/** Editors paste names of files they uploaded; the CMS may prefix a slash, which is harmless. */
const mediaFile = z
	.string()
	.trim()
	.transform((name) => name.replace(/^\/+/, '').replace(/^(?:content\/)?media\//, ''))
	.pipe(
		z.string().regex(MEDIA_FILE_PATTERN, {
			error: 'must be the file name of an image in content/media, like "sassuolo-cover.jpg"',
		}),
	);

/** Length limits speak through src/schemas/rules.ts, so the CMS says the same with the same count. */
const text = (min = 1, max = 2000) => {
	const error = (issue: { input?: unknown }) => lengthMessage(String(issue.input ?? ''), min, max)?.en;
	return z.string().trim().min(min, { error }).max(max, { error });
};

/**
 * A calendar date written YYYY-MM-DD. YAML parsers disagree on whether that is
 * a string or a Date, and JavaScript silently rolls 2026-02-30 over to March,
 * so both forms are accepted and impossible days are refused.
 */
export const calendarDate = z
	.union([z.date(), z.string().trim()])
	.transform((value, ctx) => {
		const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value;
		const date = new Date(`${iso}T00:00:00Z`);
		if (!DATE_PATTERN.test(iso) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
			ctx.addIssue({ code: 'custom', message: `"${iso}" is not a real date: write it as YYYY-MM-DD, like 2026-03-14` });
			return z.NEVER;
		}
		return date;
	});

const languageList = LANGUAGES.map((lang) => `${LOCALES[lang].englishName} (${lang})`).join(', ');

/**
 * Text that exists once per published language; every one is required so no
 * page shows a gap. Typed by every language of the table: only published ones
 * are ever read.
 */
const localized = <T extends z.ZodType>(schema: T) =>
	z.strictObject(Object.fromEntries(LANGUAGES.map((lang) => [lang, schema])) as Record<Language, T>, { error: `needs a version in each language: ${languageList}` });

/** A URL slug, with the same pattern as file names and the message the CMS shows in Italian. */
const slug = z.string().trim().regex(SLUG_PATTERN, { error: (issue) => slugMessage(String(issue.input ?? ''))?.en });

export const FORMER_SLUGS_MAX = 20;
/** Addresses an entry had before: each one keeps redirecting to the current address. */
const formerSlugs = z.array(slug).max(FORMER_SLUGS_MAX, { error: `has too many entries: keep at most ${FORMER_SLUGS_MAX}` });

/** A value some published languages set (a district's English slug); the others use the default. */
const perLanguage = <T extends z.ZodType>(schema: T) =>
	z.strictObject(Object.fromEntries(LANGUAGES.map((lang) => [lang, schema.optional()])) as Record<Language, z.ZodOptional<T>>, { error: `takes one value per language code: ${languageList}` });

const coordinates = z.strictObject({
	lat: z.number().min(35.4, { error: 'is south of Italy: check the latitude (Italy lies between 35.5 and 47.1)' }).max(47.1, { error: 'is north of Italy: check the latitude (Italy lies between 35.5 and 47.1)' }),
	lon: z.number().min(6.6, { error: 'is west of Italy: check the longitude (Italy lies between 6.6 and 18.6)' }).max(18.6, { error: 'is east of Italy: check the longitude (Italy lies between 6.6 and 18.6)' }),
});

export const TOPICS_MAX = 6;
export const SECTORS_MAX = 5;

/** Topics and sectors are ids into content/topics, so both languages show one vocabulary and no near-duplicate spellings. */
const topicList = (max: number) => z.array(id('topic')).max(max, { error: `has too many entries: keep at most ${max}` });

const localizedImage = z.strictObject({ image: mediaFile, alt: localized(text(5, 200)) });

export const ITALIAN_REGIONS = [
	'Abruzzo', 'Basilicata', 'Calabria', 'Campania', 'Emilia-Romagna', 'Friuli-Venezia Giulia', 'Lazio',
	'Liguria', 'Lombardia', 'Marche', 'Molise', 'Piemonte', 'Puglia', 'Sardegna', 'Sicilia', 'Toscana',
	'Trentino-Alto Adige', 'Umbria', "Valle d'Aosta", 'Veneto',
] as const;

export const districtSchema = z.strictObject({
	name: localized(text(3, 90)),
	summary: localized(text(80, 300)),
	region: z.enum(ITALIAN_REGIONS, { error: `must be one of the Italian regions: ${ITALIAN_REGIONS.join(', ')}` }),
	sectors: topicList(SECTORS_MAX).min(1, { error: 'needs at least one sector' }),
	coordinates,
	cover: localizedImage,
	/** The district's address in each language that wants its own (`en: vicenza-gold-district`); the file name elsewhere. */
	slug: perLanguage(slug).optional(),
	formerSlugs: perLanguage(formerSlugs).optional(),
});

export const businessSchema = z.strictObject({
	name: text(2, 90),
	district: id('district'),
	sectors: topicList(SECTORS_MAX).min(1, { error: 'needs at least one sector' }),
	founded: z.int({ error: 'must be a year, like 1962' }).min(1000, { error: 'must be a four-digit year' }).max(new Date().getUTCFullYear(), { error: 'cannot be in the future' }),
	town: text(2, 80),
	province: z.string().regex(/^[A-Z]{2}$/, { error: 'must be the two-letter province code in capitals, like MO or VI' }),
	address: text(3, 140).optional(),
	coordinates,
	website: z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' }).optional(),
	email: z.email({ error: 'must be an e-mail address, like info@example.com' }).optional(),
	phone: z.string().regex(/^\+?[\d\s().-]{6,20}$/, { error: 'must be a phone number with the country code, like "+39 0536 000000" (in quotes)' }).optional(),
	languages: z.array(z.string().regex(/^[a-z]{2}$/, { error: 'must be a two-letter language code, like it, en or de' })).min(1, { error: 'needs at least one language spoken with customers' }),
	makes: localized(text(20, 400)),
	visits: z.strictObject({
		buyers: z.boolean({ error: 'must be true or false (are trade buyers welcome?)' }),
		public: z.boolean({ error: 'must be true or false (can tourists and the public visit?)' }),
		byAppointment: z.boolean({ error: 'must be true or false (is an appointment needed?)' }).default(true),
		details: localized(text(10, 400)),
	}),
	image: localizedImage.optional(),
	/** When someone last confirmed hours, contacts and visits with the business; old dates land on the re-check list. */
	factsCheckedOn: calendarDate,
});

/**
 * One word of the shared vocabulary (content/topics/<id>.yaml): stories' topics
 * and the sectors of businesses and districts name it by id, and its pages in
 * each language take their URL from its name in that language.
 */
export const topicSchema = z.strictObject({
	name: localized(text(2, 40)),
	/** Optional in each language: a page without one in its language says what the topic page lists. */
	description: z.strictObject(Object.fromEntries(LANGUAGES.map((lang) => [lang, text(20, 300).optional()])) as Record<Language, z.ZodOptional<ReturnType<typeof text>>>).optional(),
});

export const authorSchema = z.strictObject({
	name: text(2, 80),
	role: localized(text(2, 80)),
	bio: localized(text(20, 500)),
});

/** Fields a translator writes; everything else is shared by both language files. */
export const TRANSLATABLE_STORY_FIELDS = ['title', 'slug', 'formerSlugs', 'description', 'hero.alt', 'sources', 'corrections'] as const;

export const SOURCES_MAX = 20;
export const CORRECTIONS_MAX = 20;

/** What a story's facts rest on: a report, a register, an interview. The address and date are optional because many sources are on paper. */
const source = z.strictObject({
	title: text(3, 200),
	url: z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' }).optional(),
	date: calendarDate.optional(),
});

/** A published correction: when it was made and what changed, in the file's language. */
const correction = z.strictObject({
	date: calendarDate,
	text: text(10, 500),
});
/** Shared fields whose disagreement between languages would publish two different facts. */
export const SHARED_STORY_FIELDS = ['publishDate', 'kind', 'district', 'businesses', 'topics', 'author'] as const;

/**
 * A story file. Title, description and alt text are optional here only because
 * the CMS writes an untranslated twin with none of them; a file that has some
 * but not all of them is half-translated and refused.
 */
export const storySchema = z
	.strictObject({
		title: text(3, TITLE_MAX).optional(),
		/** The story's address in this file's language; the file name when absent. */
		slug: slug.optional(),
		formerSlugs: formerSlugs.optional(),
		description: text(DESCRIPTION_MIN, DESCRIPTION_MAX).optional(),
		publishDate: calendarDate,
		updatedDate: calendarDate.optional(),
		kind: z.enum(STORY_KINDS, { error: 'must be "entrepreneur" (about a business) or "territory" (about a district)' }),
		district: id('district'),
		businesses: z.array(id('business')).default([]),
		topics: topicList(TOPICS_MAX).default([]),
		author: id('author'),
		hero: z.strictObject({ image: mediaFile, alt: text(5, 200).optional() }),
		verifiedBy: text(3, 120).optional(),
		verifiedOn: calendarDate.optional(),
		sources: z.array(source).max(SOURCES_MAX, { error: `has too many entries: keep at most ${SOURCES_MAX}` }).optional(),
		corrections: z.array(correction).max(CORRECTIONS_MAX, { error: `has too many entries: keep at most ${CORRECTIONS_MAX}` }).optional(),
		featured: z.boolean().default(false),
		draft: z.boolean().default(false),
	})
	.superRefine((story, ctx) => {
		const written = [story.title, story.description, story.hero.alt].filter((value) => value !== undefined).length;
		if (written > 0 && written < 3) {
			for (const [path, value] of [[['title'], story.title], [['description'], story.description], [['hero', 'alt'], story.hero.alt]] as const) {
				if (value === undefined) {
					ctx.addIssue({ code: 'custom', path: [...path], message: 'is missing while other translated fields are filled in: finish the translation (title, description and hero alt text together) or remove them all to leave the language untranslated' });
				}
			}
		}
		for (const broken of storyRuleBreaks(story)) ctx.addIssue({ code: 'custom', path: broken.path ?? [broken.field], message: broken.message.en });
	});

/**
 * A page about the site itself (about, method, contact, legal), one MDX file
 * per language like stories, paired by file name. Title and description are
 * optional only for the CMS's untranslated twin, as in stories.
 */
export const pageSchema = z
	.strictObject({
		title: text(3, TITLE_MAX).optional(),
		description: text(DESCRIPTION_MIN, DESCRIPTION_MAX).optional(),
		updatedDate: calendarDate,
		/** Position among the footer links, smallest first. */
		order: z.int({ error: 'must be a whole number, like 1' }).min(1, { error: 'must be 1 or more' }).max(99, { error: 'must be 99 or less' }),
		draft: z.boolean().default(false),
	})
	.superRefine((page, ctx) => {
		if ((page.title === undefined) !== (page.description === undefined)) {
			const path = page.title === undefined ? 'title' : 'description';
			ctx.addIssue({ code: 'custom', path: [path], message: 'is missing while the other translated field is filled in: write both title and description, or remove both to leave this language untranslated' });
		}
	});

/** Fields a translator writes on a page; the rest is shared by both language files. */
export const TRANSLATABLE_PAGE_FIELDS = ['title', 'description'] as const;
/** Shared page fields both languages must agree on (the CMS copies them into both files). */
export const SHARED_PAGE_FIELDS = ['updatedDate', 'order'] as const;

export type District = z.output<typeof districtSchema>;
export type Business = z.output<typeof businessSchema>;
export type Author = z.output<typeof authorSchema>;
export type Topic = z.output<typeof topicSchema>;
export type StoryData = z.output<typeof storySchema>;
export type PageData = z.output<typeof pageSchema>;
export type StoryKind = (typeof STORY_KINDS)[number];
