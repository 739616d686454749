/** `/it/rss.xml` and `/en/rss.xml`: each language's stories, for feed readers and aggregators. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getIndexes, getStories } from '../../data/content.ts';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { storyFeed } from '../../utils/seo/feeds.ts';
import { topicLabels } from '../../utils/topics.ts';

export const getStaticPaths = () => LANGUAGES.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params, site }) => {
	const lang = params.lang as Language;
	const t = useTranslations(lang);
	const [stories, { topics }] = await Promise.all([getStories(lang), getIndexes()]);
	const withCategories = stories.map((story) => ({ ...story, categories: topicLabels(story.data.topics, topics, lang).map((topic) => topic.label) }));
	return rss(storyFeed({ lang, stories: withCategories, site: site!, title: t('seo.feedTitle'), description: t('seo.feedDescription') }));
};
