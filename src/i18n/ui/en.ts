import type it from './it.ts';

/** Every string the interface shows in English; the type forces the same keys as Italian. */
export default {
	'site.tagline': 'Stories of Italian businesses and their places',
	'skipLink': 'Skip to content',
	'nav.stories': 'Stories',
	'nav.districts': 'Districts',
	'nav.search': 'Search',
} as const satisfies Record<keyof typeof it, string>;
