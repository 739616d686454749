/**
 * Runs the content check before Astro touches the content, so a build with a
 * broken story fails at once with every problem listed, and nothing reaches
 * `dist/` half-published.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content-checks/check.ts';
import { formatReport } from '../content-checks/problems.ts';

export default function contentGuard(): AstroIntegration {
	return {
		name: 'trame:content-guard',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const report = checkContent(fileURLToPath(config.root));
				if (report.problems.length > 0) throw new Error(formatReport(report.problems));
				logger.info(`content ok: ${report.counts.stories} stories, ${report.counts.businesses} businesses, ${report.counts.districts} districts; ${report.backlog.length} awaiting translation`);
			},
		},
	};
}
