/**
 * The preview pane for a story: title, description, hero image and body laid
 * out like the story page, so editors judge length and rhythm before saving.
 * When the site could not build the text, the body is replaced by the reasons,
 * in Italian with their lines (cms/mdx-preview-check.ts): a preview that looks
 * fine must mean a page that builds.
 * Written with createElement: a one-component file does not need JSX tooling.
 */
import { createElement as h } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { previewProblems } from './mdx-preview-check.ts';

export function StoryPreview({ entry, widgetFor, getAsset }: PreviewTemplateComponentProps) {
	const data = (path: string[]) => entry.getIn(['data', ...path]) as string | undefined;
	const image = data(['hero', 'image']);
	const problems = previewProblems(data(['body']) ?? '');
	const body = problems.length
		? h(
				'div',
				{ className: 'build-problems', role: 'alert' },
				h('h2', null, 'Il sito non potrebbe pubblicare questo testo'),
				h('ul', null, ...problems.map((problem, index) => h('li', { key: index }, problem.line ? `Riga ${problem.line} del testo: ${problem.message}` : problem.message))),
			)
		: h('div', { className: 'body' }, widgetFor('body'));
	return h(
		'article',
		{ className: 'story' },
		h('h1', null, data(['title']) ?? ''),
		h('p', { className: 'lead' }, data(['description']) ?? ''),
		image ? h('img', { src: String(getAsset(image)), alt: data(['hero', 'alt']) ?? '' }) : null,
		body,
	);
}
