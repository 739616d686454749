/**
 * Runs the content check before Astro touches the content, so `npm run dev`
 * with a broken story stops at once with every problem listed. A build is
 * `npm run build` (scripts/build.ts), which checks the content itself before
 * starting Astro and draws the share cards and the search index around it;
 * `astro build` alone would publish a site without them, so it stops here.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content-checks/check.ts';
import { formatReport } from '../content-checks/problems.ts';

/** Set by scripts/build.ts for the Astro build it runs, once the content check has passed. */
export const BUILD_SCRIPT_ENV = 'TRAME_BUILD_SCRIPT';

export default function contentGuard(): AstroIntegration {
	return {
		name: 'trame:content-guard',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				if (command === 'build' && process.env[BUILD_SCRIPT_ENV]) return;
				if (command === 'build') throw new Error('Build the site with `npm run build`: it checks the content, draws the share cards and indexes the site for search around the Astro build, which alone would publish a site without them.');
				const report = checkContent(fileURLToPath(config.root));
				if (report.problems.length > 0) throw new Error(formatReport(report.problems));
				logger.info(`content ok: ${report.counts.stories} stories, ${report.counts.businesses} businesses, ${report.counts.districts} districts; ${report.backlog.length} awaiting translation; ${report.recheck.length} with facts to check again (/admin/da-ricontrollare/)`);
			},
		},
	};
}
