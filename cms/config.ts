/**
 * The whole Decap configuration, built in code at build time: it reuses the
 * schema's limits (no hand-copied numbers in a config.yml), picks the backend
 * from the environment, and is handed to `CMS.init({ config })` so Decap never
 * fetches a config.yml at runtime.
 */
import type { CmsConfig } from 'decap-cms-core';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../src/i18n/languages.ts';
import { SITE_URL } from '../src/site.config.ts';
import { backendFromEnv, localBackendFromEnv, type Env } from './backend.ts';
import { authors } from './collections/authors.ts';
import { businesses } from './collections/businesses.ts';
import { districts } from './collections/districts.ts';
import { pages } from './collections/pages.ts';
import { stories } from './collections/stories.ts';
import { topics } from './collections/topics.ts';

/** Where uploads go: the folder `src/utils/media.ts` reads. */
export const MEDIA_FOLDER = 'content/media';

/**
 * Every collection names the media folder as its own. Decap lists a draft's
 * images from the entry it loaded, and a draft opened straight from its
 * address (after a page reload) is loaded before the media library has its
 * list, so the picker came up empty; a collection with its own folder makes
 * Decap fetch the list for the entry itself. The leading slash means "from the
 * repository root", and the empty public folder keeps bare file names.
 */
const withOwnMediaFolder = <Collection extends object>(collection: Collection) => ({ ...collection, media_folder: `/${MEDIA_FOLDER}`, public_folder: '' });

export function cmsConfig(env: Env): CmsConfig & { load_config_file: false } {
	return {
		load_config_file: false,
		backend: backendFromEnv(env),
		local_backend: localBackendFromEnv(env),
		publish_mode: env.CMS_PUBLISH_MODE === 'simple' ? 'simple' : 'editorial_workflow',
		locale: 'it',
		// "Guarda Live" opens the site being edited: `npm run cms` sets CMS_SITE_URL to the local preview.
		site_url: env.CMS_SITE_URL ?? SITE_URL,
		media_folder: MEDIA_FOLDER,
		// Empty: images are saved as bare file names ("sassuolo-cover.jpg"), the form the schema expects.
		public_folder: '',
		// Only stories and pages opt in (i18n: true); data files keep both languages inside one file.
		i18n: { structure: 'multiple_folders', locales: [...LANGUAGES], default_locale: DEFAULT_LANGUAGE },
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: [stories, districts, businesses, topics, authors, pages].map(withOwnMediaFolder),
	} as CmsConfig & { load_config_file: false };
}
