/** Decap's Markdown serializers ship without types; these are the two the CMS tests run. */
declare module 'decap-cms-widget-markdown/dist/esm/serializers/index.js' {
	interface Options {
		remarkPlugins?: unknown[];
	}
	export function markdownToSlate(markdown: string, options?: Options): unknown[];
	export function slateToMarkdown(blocks: unknown[], options?: Options): string;
}
