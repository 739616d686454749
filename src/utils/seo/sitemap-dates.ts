/**
 * Content dates for the sitemap's `lastmod`. The sitemap is written after the
 * build, outside the content layer, so a story page's date is read back from
 * its own file: the date an editor last changed the facts, not the build date
 * (which would tell crawlers every page changed on every deploy).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStoryText } from '../../content-checks/read-files.ts';
import { calendarDate } from '../../schemas/content.ts';
import { parseUrl } from '../routes.ts';

/** `updatedDate ?? publishDate` of the story a URL shows, or undefined for pages that are not stories. */
export function storyLastModified(projectRoot: string, siteRoot: URL): (url: string) => Date | undefined {
	return (url) => {
		const { pathname } = new URL(url);
		const parsed = parseUrl(`/${pathname.slice(siteRoot.pathname.length)}`);
		if (parsed?.section !== 'stories' || !parsed.id || parsed.page) return undefined;
		const file = join(projectRoot, 'content/stories', parsed.lang, `${parsed.id}.mdx`);
		if (!existsSync(file)) return undefined;
		const { data } = readStoryText(file, readFileSync(file, 'utf8'), []);
		const fields = (data ?? {}) as { publishDate?: unknown; updatedDate?: unknown };
		const date = calendarDate.safeParse(fields.updatedDate ?? fields.publishDate);
		return date.success ? date.data : undefined;
	};
}
