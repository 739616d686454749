/**
 * The preview pane for a story: title, description, hero image and body laid
 * out like the story page, so editors judge length and rhythm before saving.
 * Written with createElement: a one-component file does not need JSX tooling.
 */
import { createElement as h } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';

export function StoryPreview({ entry, widgetFor, getAsset }: PreviewTemplateComponentProps) {
	const data = (path: string[]) => entry.getIn(['data', ...path]) as string | undefined;
	const image = data(['hero', 'image']);
	return h(
		'article',
		{ className: 'story' },
		h('h1', null, data(['title']) ?? ''),
		h('p', { className: 'lead' }, data(['description']) ?? ''),
		image ? h('img', { src: String(getAsset(image)), alt: data(['hero', 'alt']) ?? '' }) : null,
		h('div', { className: 'body' }, widgetFor('body')),
	);
}
