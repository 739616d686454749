/**
 * The content layer reads `content/` (never `src/`): editors' files live
 * outside the code so the CMS and git history stay about words, not code.
 * File names are the ids the rest of the content refers to.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LANGUAGES } from './i18n/languages.ts';
import { authorSchema, businessSchema, districtSchema, pageSchema, storySchema, topicSchema } from './schemas/content.ts';

const fileNameAsId = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx)$/, '');

/** The folders of the published languages (`{it,en}`); a brace with one name would be read as literal braces. */
const languageFolders = LANGUAGES.length === 1 ? LANGUAGES[0] : `{${LANGUAGES.join(',')}}`;

export const collections = {
	districts: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/districts', generateId: fileNameAsId }), schema: districtSchema }),
	businesses: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/businesses', generateId: fileNameAsId }), schema: businessSchema }),
	/** The shared vocabulary of story topics and business and district sectors, named in every language. */
	topics: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/topics', generateId: fileNameAsId }), schema: topicSchema }),
	authors: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/authors', generateId: fileNameAsId }), schema: authorSchema }),
	/** Ids are `<lang>/<slug>`: the folder is the language, the file name pairs translations. */
	stories: defineCollection({ loader: glob({ pattern: `${languageFolders}/*.mdx`, base: './content/stories', generateId: fileNameAsId }), schema: storySchema }),
	/** Pages about the site itself (about, method, contact, legal), paired by file name like stories. */
	pages: defineCollection({ loader: glob({ pattern: `${languageFolders}/*.mdx`, base: './content/pages', generateId: fileNameAsId }), schema: pageSchema }),
};
