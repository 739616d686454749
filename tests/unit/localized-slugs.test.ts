/**
 * Per-language slugs from story files to addresses, and former slugs to
 * redirects: what a reader following an old link or a shared English link gets.
 */
import { describe, expect, it } from 'vitest';
import type { District, StoryData } from '../../src/schemas/content.ts';
import { storySchema } from '../../src/schemas/content.ts';
import { formerAddresses, redirectPage, redirectsFile } from '../../src/utils/redirects.ts';
import { entryUrl } from '../../src/utils/routes.ts';
import { publishedStories, type StoryFile } from '../../src/utils/stories.ts';

const data = (fields: Partial<StoryData> & { title?: string }): StoryData =>
	storySchema.parse({
		title: 'La fornace dei Fontana',
		description: 'Una fornace di Fiorano che vende piccole serie agli architetti di tutta Europa.',
		publishDate: '2026-03-14',
		kind: 'territory',
		district: 'sassuolo',
		author: 'giulia-ferri',
		hero: { image: 'x.jpg', alt: 'Una fornace accesa' },
		verifiedBy: 'Paolo, Trame (demo)',
		verifiedOn: '2026-03-10',
		...fields,
	});
const file = (lang: 'it' | 'en', slug: string, fields: Partial<StoryData> = {}): StoryFile => ({ lang, slug, data: data(fields), body: 'Testo.' });

describe('a story’s address', () => {
	const [it_, en] = ['it', 'en'].map((lang) =>
		publishedStories([file('it', 'la-fornace'), file('en', 'la-fornace', { title: 'The kiln', slug: 'the-kiln', formerSlugs: ['la-fornace'] })]).find((story) => story.lang === lang)!,
	);

	it('is the slug each language file sets, the file name where it sets none, in every link to it', () => {
		expect(en!.address).toEqual({ id: 'la-fornace', slugs: { en: 'the-kiln' } });
		expect(it_!.address).toEqual(en!.address);
		expect(entryUrl('en', 'stories', it_!.address)).toBe('/en/stories/the-kiln/');
		expect(entryUrl('it', 'stories', en!.address)).toBe('/it/storie/la-fornace/');
	});

	it('ignores the slug of a language file that is not published, so no link leads to a missing page', () => {
		const [only] = publishedStories([file('it', 'la-fornace'), { ...file('en', 'la-fornace', { slug: 'the-kiln' }), body: '' }]);
		expect(only!.address.slugs).toEqual({});
	});

	it('refuses a slug that is not a web address, with the fix', () => {
		const result = storySchema.safeParse({ ...data({}), slug: 'La Fornace' });
		expect(result.error?.issues[0]?.message).toContain('like "la-fornace"');
	});
});

describe('former slugs', () => {
	const stories = publishedStories([file('it', 'la-fornace'), file('en', 'la-fornace', { title: 'The kiln', slug: 'the-kiln', formerSlugs: ['la-fornace', 'the-old-kiln'] })]);
	const gold = { id: 'vicenza-oro', data: { slug: { en: 'vicenza-gold-district' }, formerSlugs: { en: ['vicenza-oro'] } } as unknown as District };
	const redirects = formerAddresses({ stories, districts: [gold] });

	it('each lead from the old address to the current one in the same language', () => {
		expect(redirects).toEqual([
			{ lang: 'en', from: '/en/districts/vicenza-oro/', to: '/en/districts/vicenza-gold-district/' },
			{ lang: 'en', from: '/en/stories/la-fornace/', to: '/en/stories/the-kiln/' },
			{ lang: 'en', from: '/en/stories/the-old-kiln/', to: '/en/stories/the-kiln/' },
		]);
	});

	it('are listed for Netlify and Cloudflare, with a page-not-found per language', () => {
		const lines = redirectsFile(redirects).split('\n');
		expect(lines).toContain('/en/stories/la-fornace/ /en/stories/the-kiln/ 301!');
		expect(lines).toContain('/it/* /it/404/index.html 404');
		expect(lines).toContain('/en/* /en/404/index.html 404');
	});

	it('leave a page that refreshes to the new address, names it canonical and stays out of results', () => {
		const html = redirectPage(redirects[1]!, 'https://trame.example.org');
		expect(html).toContain('<html lang="en">');
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toContain('<link rel="canonical" href="https://trame.example.org/en/stories/the-kiln/">');
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=https://trame.example.org/en/stories/the-kiln/">');
		expect(html).toContain('This page has moved');
		expect(html).toContain('<a href="https://trame.example.org/en/stories/the-kiln/">');
	});
});
