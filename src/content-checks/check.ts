/**
 * `check:content` and the build's guard: reads the whole content repository,
 * validates every file against the schemas, then checks what no single file
 * can know (references, images, translation pairs). Returns every problem at
 * once so an editor fixes a batch, not one error per build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { authorSchema, businessSchema, districtSchema, pageSchema, SHARED_PAGE_FIELDS, SHARED_STORY_FIELDS, storySchema, topicSchema, type Business, type District, type StoryData, type Topic } from '../schemas/content.ts';
import { RECHECK_MONTHS } from '../site.config.ts';
import { recheckBacklog, type RecheckItem } from '../utils/recheck-backlog.ts';
import { ID_PATTERN } from '../schemas/content.ts';
import { slugTakenMessage } from '../schemas/rules.ts';
import { slugClaims, type SlugClaim } from '../utils/slug-owners.ts';
import { isTranslated, translationBacklog, type BacklogItem, type StoryFile } from '../utils/stories.ts';
import { issuesToProblems } from './error-map.ts';
import { lintMdx } from './mdx-lint.ts';
import type { ContentProblem } from './problems.ts';
import { nearestIds, sameTopicSlugs } from './references.ts';
import { readDataFolder, readStoryFolder, type SourceFile } from './read-files.ts';

export interface ContentReport {
	problems: ContentProblem[];
	backlog: BacklogItem[];
	/** Published stories and businesses whose facts are due for a new check, oldest first. */
	recheck: RecheckItem[];
	/** The story files that passed validation, for tools that reason about what gets published. */
	storyFiles: StoryFile[];
	/** The districts and businesses that passed validation, by id. */
	districts: { id: string; data: District }[];
	businesses: { id: string; data: Business }[];
	topics: { id: string; data: Topic }[];
	counts: Record<'districts' | 'businesses' | 'authors' | 'topics' | 'stories' | 'pages', number>;
}

/** When the re-check list is computed and how old a check may be; tests pass a fixed day. */
export interface CheckOptions {
	today?: Date;
	recheckMonths?: number;
}

interface Valid<T, Source extends SourceFile = SourceFile> {
	source: Source;
	data: T;
}

/** A story file knows its language folder. */
type StorySource = SourceFile & { lang: string };

function validate<T extends z.ZodType, Source extends SourceFile>(schema: T, sources: Source[], problems: ContentProblem[]): Valid<z.output<T>, Source>[] {
	const valid: Valid<z.output<T>, Source>[] = [];
	for (const source of sources) {
		if (!ID_PATTERN.test(source.id)) {
			problems.push({ file: source.file, message: `has a file name that cannot be an id: rename it using lowercase letters, digits and dashes, like "${source.id.normalize('NFD').replace(/[^\w-]+/g, '-').toLowerCase()}"` });
		}
		if (source.data === undefined) continue;
		const result = schema.safeParse(source.data);
		if (result.success) valid.push({ source, data: result.data });
		else problems.push(...issuesToProblems(source.file, result.error, source.data, source.lineOf));
	}
	return valid;
}

/** Ids that differ only in case clash on case-insensitive disks and in URLs. */
function duplicateIds(sources: SourceFile[], problems: ContentProblem[]) {
	const seen = new Map<string, string>();
	for (const source of sources) {
		const key = `${'lang' in source ? source.lang : ''}/${source.id.toLowerCase()}`;
		const first = seen.get(key);
		if (first) problems.push({ file: source.file, message: `has the same id as ${first}: ids must be unique, rename one of them` });
		else seen.set(key, source.file);
	}
}

/**
 * Two stories of one language with the same title or description get pages a
 * reader, a search result and a shared link cannot tell apart. Drafts are not
 * published, so they may share a title while an editor works on one.
 */
function sameTextInOneLanguage(stories: Valid<{ title?: string; description?: string; draft: boolean }, StorySource>[], field: 'title' | 'description', problems: ContentProblem[]) {
	const seen = new Map<string, Valid<{ title?: string; description?: string; draft: boolean }, StorySource>>();
	for (const story of stories) {
		const text = story.data[field];
		if (text === undefined || story.data.draft) continue;
		const key = `${story.source.lang}/${text.trim().toLowerCase()}`;
		const first = seen.get(key);
		if (!first) seen.set(key, story);
		else problems.push({ file: story.source.file, line: story.source.lineOf([field]), field, message: `is the same as in ${first.source.file}: change one of them, so readers and search engines can tell the two stories apart` });
	}
}

/**
 * An address belongs to one page per language: two entries cannot share a
 * slug, and a former slug cannot be a live one (its redirect would hide that
 * page or loop to itself) nor another entry's former slug. Names both files,
 * the later one reported; `fileOf` finds the file of a claim.
 */
function slugCollisions(claims: SlugClaim[], fileOf: (claim: SlugClaim) => SourceFile, problems: ContentProblem[]) {
	const report = (claim: SlugClaim, other: string, former: boolean) => {
		const message = slugTakenMessage(claim.slug, other, former).en;
		const source = fileOf(claim);
		problems.push({ file: source.file, line: claim.path && source.lineOf(claim.path), field: claim.path?.join('.') ?? 'slug', message: claim.path ? message : `${message} (the file name is its address while it sets no slug)` });
	};
	const key = (claim: SlugClaim) => `${claim.section}/${claim.lang}/${claim.slug}`;
	const live = new Map<string, SlugClaim>();
	for (const claim of claims.filter((each) => !each.former)) {
		const first = live.get(key(claim));
		if (first) report(claim, fileOf(first).file, false);
		else live.set(key(claim), claim);
	}
	const formerOwners = new Map<string, SlugClaim>();
	for (const claim of claims.filter((each) => each.former)) {
		const owner = live.get(key(claim)) ?? formerOwners.get(key(claim));
		if (owner && (!owner.former || fileOf(owner) !== fileOf(claim))) report(claim, owner.former ? `${fileOf(owner).file} (as its former slug)` : fileOf(owner).file, true);
		else formerOwners.set(key(claim), claim);
	}
}

/** Dates print as editors write them, everything else as YAML-ish JSON. */
const show = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value));

/** Both language files of one story or page must agree on the facts they share. */
function sharedFieldsAgree(versions: Valid<Record<string, unknown>>[], fields: readonly string[], problems: ContentProblem[]) {
	const [first, ...others] = versions;
	for (const other of others) {
		for (const field of fields) {
			if (first && show(first.data[field]) !== show(other.data[field])) {
				problems.push({ file: other.source.file, line: other.source.lineOf([field]), field, message: `says ${show(other.data[field])} but ${first.source.file} says ${show(first.data[field])}: both languages tell the same story, so make them equal` });
			}
		}
	}
}

/** Groups language files by file name: the same name in each language folder is the same story or page. */
function byFileName<T extends Valid<unknown>>(files: T[]): Map<string, T[]> {
	const pairs = new Map<string, T[]>();
	for (const file of files) pairs.set(file.source.id, [...(pairs.get(file.source.id) ?? []), file]);
	return pairs;
}

/**
 * The pages about the site (content/pages/<lang>/<name>.mdx): the same file
 * rules, MDX traps and translation pairing as stories, without the story facts.
 */
function checkPages(root: string, problems: ContentProblem[], mediaExists: (name: string) => boolean): number {
	const files = readStoryFolder(root, 'content/pages', LANGUAGES, problems);
	duplicateIds(files, problems);
	const pages = validate(pageSchema, files, problems);
	for (const { source, data } of pages) {
		if (data.title !== undefined && source.body.trim() === '') problems.push({ file: source.file, field: 'body', message: 'is empty while the title is filled in: write the page text below the frontmatter, or remove title and description to leave this language untranslated' });
		if (data.title === undefined && source.body.trim() !== '') problems.push({ file: source.file, line: 1, field: 'title', message: 'is missing but the page has text: add title and description in this language' });
		problems.push(...lintMdx(source.file, source.body, source.bodyLine, mediaExists));
	}
	const pairs = byFileName(pages);
	for (const [, versions] of pairs) sharedFieldsAgree(versions, SHARED_PAGE_FIELDS, problems);
	sameTextInOneLanguage(pages, 'title', problems);
	return pairs.size;
}

/** Checks the whole content repository under `root` (the project root). */
export function checkContent(root: string, options: CheckOptions = {}): ContentReport {
	const problems: ContentProblem[] = [];
	const mediaExists = (name: string) => existsSync(join(root, 'content/media', name));
	const missingImage = (file: string, field: string, name: string, lineOf: SourceFile['lineOf'], path: string[]) => {
		if (!mediaExists(name)) problems.push({ file, line: lineOf(path), field, message: `"${name}" is not in content/media: upload the image there or correct the file name` });
	};

	const districtFiles = readDataFolder(root, 'content/districts', problems);
	const businessFiles = readDataFolder(root, 'content/businesses', problems);
	const authorFiles = readDataFolder(root, 'content/authors', problems);
	const topicFiles = readDataFolder(root, 'content/topics', problems);
	const storyFiles = readStoryFolder(root, 'content/stories', LANGUAGES, problems);
	for (const group of [districtFiles, businessFiles, authorFiles, topicFiles, storyFiles]) duplicateIds(group, problems);

	const districts = validate(districtSchema, districtFiles, problems);
	const businesses = validate(businessSchema, businessFiles, problems);
	validate(authorSchema, authorFiles, problems);
	const topics = validate(topicSchema, topicFiles, problems);
	const stories = validate(storySchema, storyFiles, problems);

	const districtIds = new Set(districtFiles.map((file) => file.id));
	const businessIds = new Set(businessFiles.map((file) => file.id));
	const authorIds = new Set(authorFiles.map((file) => file.id));
	const topicNames = new Map(topics.map(({ source, data }) => [source.id, Object.values<string>(data.name)]));
	const unknown = (kind: string, folder: string, id: string, known: ReadonlyMap<string, readonly string[]>) => {
		const nearest = nearestIds(id, known).map((near) => `"${near}"`);
		return `"${id}" is not a known ${kind}: use the name of a file in ${folder} (without .yaml)${nearest.length ? `, perhaps ${nearest.join(' or ')}` : ''}, or create that ${kind}`;
	};
	const noNames = (ids: Set<string>) => new Map([...ids].map((id) => [id, []]));
	const [knownDistricts, knownBusinesses, knownAuthors] = [noNames(districtIds), noNames(businessIds), noNames(authorIds)];
	/** Topics and sectors name entries of content/topics, checked alike wherever they are listed. */
	const checkTopics = (source: SourceFile, field: 'topics' | 'sectors', ids: readonly string[]) =>
		ids.forEach((id, index) => {
			if (!topicNames.has(id)) problems.push({ file: source.file, line: source.lineOf([field, index]), field: `${field}.${index}`, message: unknown('topic', 'content/topics', id, topicNames) });
		});

	problems.push(...sameTopicSlugs(topics.map(({ source, data }) => ({ file: source.file, id: source.id, name: data.name, lineOf: source.lineOf }))));

	for (const { source, data } of districts) {
		missingImage(source.file, 'cover.image', data.cover.image, source.lineOf, ['cover', 'image']);
		checkTopics(source, 'sectors', data.sectors);
	}
	for (const { source, data } of businesses) {
		if (!districtIds.has(data.district)) problems.push({ file: source.file, line: source.lineOf(['district']), field: 'district', message: unknown('district', 'content/districts', data.district, knownDistricts) });
		checkTopics(source, 'sectors', data.sectors);
		if (data.image) missingImage(source.file, 'image.image', data.image.image, source.lineOf, ['image', 'image']);
	}
	for (const { source, data } of stories) {
		const at = (path: (string | number)[]) => source.lineOf(path);
		if (!districtIds.has(data.district)) problems.push({ file: source.file, line: at(['district']), field: 'district', message: unknown('district', 'content/districts', data.district, knownDistricts) });
		if (!authorIds.has(data.author)) problems.push({ file: source.file, line: at(['author']), field: 'author', message: unknown('author', 'content/authors', data.author, knownAuthors) });
		data.businesses.forEach((id, index) => {
			if (!businessIds.has(id)) problems.push({ file: source.file, line: at(['businesses', index]), field: `businesses.${index}`, message: unknown('business', 'content/businesses', id, knownBusinesses) });
		});
		checkTopics(source, 'topics', data.topics);
		missingImage(source.file, 'hero.image', data.hero.image, source.lineOf, ['hero', 'image']);
		if (data.title !== undefined && source.body.trim() === '') {
			problems.push({ file: source.file, field: 'body', message: 'is empty while the title is filled in: write the story text below the frontmatter, or remove title, description and alt text to leave this language untranslated' });
		}
		if (data.title === undefined && source.body.trim() !== '') {
			problems.push({ file: source.file, line: 1, field: 'title', message: 'is missing but the story has text: add title, description and hero alt text in this language' });
		}
		problems.push(...lintMdx(source.file, source.body, source.bodyLine, mediaExists));
	}

	const pairs = byFileName(stories);
	for (const [, versions] of pairs) sharedFieldsAgree(versions, SHARED_STORY_FIELDS, problems);
	const storyFileOf = new Map(stories.map(({ source }) => [`${source.lang}/${source.id}`, source]));
	const districtFileOf = new Map(districts.map(({ source }) => [source.id, source]));
	slugCollisions(
		slugClaims(stories.map(({ source, data }) => ({ lang: source.lang as Language, id: source.id, data })), districts.map(({ source, data }) => ({ id: source.id, data }))),
		(claim) => (claim.section === 'stories' ? storyFileOf.get(`${claim.lang}/${claim.id}`)! : districtFileOf.get(claim.id)!),
		problems,
	);
	const pageCount = checkPages(root, problems, mediaExists);

	sameTextInOneLanguage(stories, 'title', problems);
	sameTextInOneLanguage(stories, 'description', problems);

	const asStoryFiles: StoryFile[] = stories.map(({ source, data }) => ({ lang: source.lang as Language, slug: source.id, data, body: source.body }));
	const untranslatedEverywhere = [...pairs.entries()].filter(([, versions]) => versions.every((version) => !isTranslated({ data: version.data, body: version.source.body })));
	for (const [, versions] of untranslatedEverywhere) {
		for (const version of versions) problems.push({ file: version.source.file, field: 'title', message: 'no language of this story has a title and text: write the story in at least one language or delete the files' });
	}

	return {
		problems: problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)),
		backlog: translationBacklog(asStoryFiles),
		recheck: recheckBacklog({ stories: asStoryFiles, businesses: businesses.map(({ source, data }) => ({ id: source.id, data })) }, options.today ?? new Date(), options.recheckMonths ?? RECHECK_MONTHS),
		storyFiles: asStoryFiles,
		districts: districts.map(({ source, data }) => ({ id: source.id, data })),
		businesses: businesses.map(({ source, data }) => ({ id: source.id, data })),
		topics: topics.map(({ source, data }) => ({ id: source.id, data })),
		counts: { districts: districtFiles.length, businesses: businessFiles.length, authors: authorFiles.length, topics: topicFiles.length, stories: pairs.size, pages: pageCount },
	};
}
