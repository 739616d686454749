import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { feedLinks, storyFeed, type FeedStory } from '../../src/utils/seo/feeds.ts';

const HOSTILE = `Fontana </script> "quoted" & 'single' <b>]]> 🎉`;

const story = (lang: 'it' | 'en', slug: string, title: string, day: string): FeedStory => ({
	lang,
	slug,
	address: { id: slug },
	data: { title, description: `Description of ${title}, long enough to be a real one.`, publishDate: new Date(`${day}T00:00:00Z`) },
	categories: ['ceramica'],
});

const stories = [
	story('it', 'older', 'Una storia vecchia', '2026-01-10'),
	story('en', 'older', 'An old story', '2026-01-10'),
	story('it', 'hostile', HOSTILE, '2026-04-01'),
];

async function feed(lang: 'it' | 'en') {
	const xml = await getRssString(storyFeed({ lang, stories, site: 'https://trame.example.org', title: `Trame ${lang}`, description: 'Stories' }));
	expect(XMLValidator.validate(xml)).toBe(true);
	return { xml, rss: new XMLParser({ isArray: (name) => name === 'item' }).parse(xml).rss };
}

describe('storyFeed', () => {
	it('lists only the stories of its language, newest first, with absolute links', async () => {
		const { rss } = await feed('it');
		expect(rss.channel.language).toBe('it');
		expect(rss.channel.item.map((item: { link: string }) => item.link)).toEqual([
			'https://trame.example.org/it/storie/hostile/',
			'https://trame.example.org/it/storie/older/',
		]);
		const english = (await feed('en')).rss.channel.item;
		expect(english.map((item: { title: string }) => item.title)).toEqual(['An old story']);
	});

	it('is well-formed XML with a hostile title and gives the title back unchanged', async () => {
		const { xml, rss } = await feed('it');
		expect(xml).not.toContain('</script>');
		expect(rss.channel.item[0].title).toBe(HOSTILE);
	});
});

describe('feedLinks', () => {
	it('offers a page its own language feed, and both feeds on the pages in both languages', () => {
		expect(feedLinks('en', false)).toEqual([{ rel: 'alternate', type: 'application/rss+xml', title: 'Trame: stories in English', href: '/en/rss.xml' }]);
		expect(feedLinks('it', true).map((link) => [link.href, link.title])).toEqual([
			['/it/rss.xml', 'Trame: storie in italiano'],
			['/en/rss.xml', 'Trame: stories in English'],
		]);
		expect(feedLinks('it', true).some((link) => 'hreflang' in link)).toBe(false);
	});
});
