/**
 * What `npm run check:content` tells someone starting a real portal from an
 * empty content/: the site already builds, with empty lists, and a story can
 * only point at a district, an author and businesses that exist, and districts
 * and businesses name their sectors among the topics, so those come first.
 */
export type ContentCounts = Record<'topics' | 'districts' | 'businesses' | 'authors' | 'stories', number>;

const STEPS: { folder: keyof ContentCounts; text: string }[] = [
	{ folder: 'topics', text: 'a topic, the sector of your first district: content/topics/<id>.yaml, its name in each language' },
	{ folder: 'districts', text: 'a district: content/districts/<id>.yaml, its cover image in content/media/' },
	{ folder: 'authors', text: 'an author: content/authors/<id>.yaml' },
	{ folder: 'businesses', text: 'a business, for stories about entrepreneurs: content/businesses/<id>.yaml' },
	{ folder: 'stories', text: 'a story: content/stories/it/<slug>.mdx (content/stories/en/<slug>.mdx once translated), its photo in content/media/' },
];

/** The steps still missing before the first story, in the order they depend on each other; none once a story exists. */
export function firstSteps(counts: ContentCounts): string[] {
	if (counts.stories > 0) return [];
	const missing = STEPS.filter((step) => counts[step.folder] === 0);
	return [
		'No story yet: the site builds, with empty lists. To publish the first one, add:',
		...missing.map((step, index) => `  ${index + 1}. ${step.text}`),
		'Every field is described in the README, under Content.',
	];
}
