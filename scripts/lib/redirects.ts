/**
 * The redirects stage of `npm run build`: writes `_redirects` and a page at
 * each former address of a story or district (src/utils/redirects.ts) into
 * the new site, from the content the check read.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentReport } from '../../src/content-checks/check.ts';
import { SITE_URL } from '../../src/site.config.ts';
import { formerAddresses, redirectPage, redirectsFile } from '../../src/utils/redirects.ts';
import { withBase } from '../../src/utils/routes.ts';
import { publishedStories } from '../../src/utils/stories.ts';

/** Writes the redirects of the content in `report` into the built site at `site`; returns how many former addresses there are. */
export async function writeRedirects(site: string, report: ContentReport): Promise<number> {
	const redirects = formerAddresses({ stories: publishedStories(report.storyFiles), districts: report.districts });
	const root = withBase('');
	await writeFile(join(site, '_redirects'), redirectsFile(redirects));
	for (const redirect of redirects) {
		const folder = join(site, redirect.from.slice(root.length));
		await mkdir(folder, { recursive: true });
		await writeFile(join(folder, 'index.html'), redirectPage(redirect, SITE_URL));
	}
	return redirects.length;
}
