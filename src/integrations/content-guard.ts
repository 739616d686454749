/**
 * Runs the content check before Astro touches the content, so a build with a
 * broken story fails at once with every problem listed, and nothing reaches
 * `dist/` half-published. A build with good content then starts drawing the
 * share cards (og-early.ts): the check has just read everything they say.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, type ContentReport } from '../content-checks/check.ts';
import { formatReport } from '../content-checks/problems.ts';
import { drawCardsEarly } from '../utils/seo/og-early.ts';
import { shareCardJob, shareCards, type ShareCard } from '../utils/seo/share-cards.ts';
import { publishedStories } from '../utils/stories.ts';

/** The share cards of the content the check read: those of published stories, businesses and districts. */
export function cardsOf(report: ContentReport): ShareCard[] {
	return shareCards({ stories: publishedStories(report.storyFiles), businesses: report.businesses, districts: report.districts });
}

export default function contentGuard(): AstroIntegration {
	return {
		name: 'trame:content-guard',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const report = checkContent(root);
				if (report.problems.length > 0) throw new Error(formatReport(report.problems));
				logger.info(`content ok: ${report.counts.stories} stories, ${report.counts.businesses} businesses, ${report.counts.districts} districts; ${report.backlog.length} awaiting translation; ${report.recheck.length} with facts to check again (/admin/da-ricontrollare/)`);
				if (command === 'build') drawCardsEarly(cardsOf(report).map((card) => shareCardJob(card, root)));
			},
		},
	};
}
