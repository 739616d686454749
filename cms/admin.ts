/**
 * The CMS application, bundled by Vite into /admin/ only. The configuration
 * is computed at build time by the page (cms/config.ts) and embedded as JSON,
 * so Decap never fetches a config.yml.
 */
import CMS from 'decap-cms-app';
import type { CmsConfig, EditorComponentOptions } from 'decap-cms-core';
import type { SlugOwners } from '../src/utils/slug-owners.ts';
import previewStyle from './preview.css?url';
import { checked, CHECKED_WIDGETS } from './checked-widgets.ts';
import { DateControl, DatePreview } from './date-widget.ts';
import { EDITOR_COMPONENTS } from './editor-components.ts';
import { FORMATS } from './formats.ts';
import { keepCmsOpenOnContentChanges } from './keep-open-in-dev.ts';
import { mdxSafeText } from './mdx-safe-text.ts';
import { StoryPreview } from './story-preview.ts';

const source = document.getElementById('cms-config');
if (!source?.textContent) throw new Error('The admin page has no #cms-config element.');
const config = JSON.parse(source.textContent) as CmsConfig;
const owners = JSON.parse(document.getElementById('cms-slugs')?.textContent ?? '{"stories":{},"districts":{}}') as SlugOwners;

for (const [name, { extension, format }] of Object.entries(FORMATS)) CMS.registerCustomFormat(name, extension, format);
// Decap's built-in widgets, re-registered wrapped; the fourth argument (the options schema) is missing from Decap's types.
const registerWidget = CMS.registerWidget as unknown as (name: string, control: unknown, preview: unknown, schema: unknown) => void;
for (const name of CHECKED_WIDGETS) {
	const widget = CMS.getWidget(name) as unknown as { control: Parameters<typeof checked>[0]; preview: unknown; schema?: object };
	registerWidget(name, checked(widget.control, owners), widget.preview, widget.schema);
}
registerWidget('italian-date', checked(DateControl as never, owners), DatePreview, undefined);
for (const component of EDITOR_COMPONENTS) CMS.registerEditorComponent(component as unknown as EditorComponentOptions);
// Decap hands registered remark plugins to both the editor's Markdown reader and writer.
CMS.registerRemarkPlugin(mdxSafeText as never);
CMS.registerPreviewStyle(previewStyle);
CMS.registerPreviewTemplate('stories', StoryPreview);
keepCmsOpenOnContentChanges();
CMS.init({ config });
