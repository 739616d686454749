/**
 * Whatever an editor types, the CMS saves MDX that builds and shows exactly
 * that text, and reads it back unchanged. Runs Decap's own Markdown
 * serializer (the one the rich-text editor uses) with the plugin registered
 * in cms/admin.ts, on prose drawn from the characters and words MDX reads as
 * code, then compiles the file with the site's MDX compiler.
 */
import fc from 'fast-check';
import { mdxToHast } from 'satteri';
import { describe, expect, it, vi } from 'vitest';
import { EDITOR_COMPONENTS, pullQuote } from '../../cms/editor-components.ts';
import { mdxSafeText } from '../../cms/mdx-safe-text.ts';
import { lintMdx } from '../../src/content-checks/mdx-lint.ts';

// Decap's registry of editor components lives in its React control; the serializer only needs the list.
vi.mock('decap-cms-widget-markdown/dist/esm/MarkdownControl/index.js', () => ({ getEditorComponents: () => EDITOR_COMPONENTS }));
const { markdownToSlate, slateToMarkdown } = await import('decap-cms-widget-markdown/dist/esm/serializers/index.js');

interface Slate {
	type?: string;
	text?: string;
	data?: { shortcode?: string; shortcodeData?: Record<string, unknown> };
	children?: Slate[];
}
interface Hast {
	type: string;
	tagName?: string;
	name?: string;
	value?: string;
	children?: Hast[];
}

const OPTIONS = { remarkPlugins: [mdxSafeText] };
/** What the editor saves: Decap's Markdown of the editor's paragraphs. */
const save = (blocks: Slate[]) => slateToMarkdown(blocks, OPTIONS);
/** What the editor shows after reopening the file. */
const load = (markdown: string) => markdownToSlate(markdown, OPTIONS) as Slate[];
const paragraphs = (texts: string[]): Slate[] => texts.map((text) => ({ type: 'paragraph', children: [{ text }] }));
const slateText = (node: Slate): string => node.text ?? (node.children ?? []).map(slateText).join('');

const hastText = (node: Hast): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(hastText).join(''));
/** The paragraphs' text as the site renders them, compiling with the site's MDX compiler. */
function rendered(markdown: string): string[] {
	const found: string[] = [];
	const visit = (node: Hast) => {
		if (node.tagName === 'p') found.push(hastText(node));
		else node.children?.forEach(visit);
	};
	visit(mdxToHast(markdown) as Hast);
	return found;
}

/** The words and characters MDX (or Markdown) could read as something other than text. */
const DANGEROUS = ['Prezzi', '{da 5 euro}', '{', '}', 'Noi', '<3', '<10', '<', '>', '<b>', '</p>', '\\', '\\{', '\\\\', '&', '&amp;', '&lt;', '&#105;', '"', "'", '😀', 'import', 'export', 'ed', 'è', '12%', '@', '$', '!'];
const word = fc.constantFrom(...DANGEROUS);
const paragraph = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const story = fc.array(paragraph, { minLength: 1, maxLength: 4 });

describe('what the rich-text editor saves', () => {
	it('builds and shows exactly the typed text, for the prose editors wrote', () => {
		const typed = ['Prezzi {da 5 euro}', 'Noi <3 Prato', 'meno di <10 dipendenti', 'import ed export sono cresciuti del 12%', 'export: 40% del fatturato'];
		const file = save(paragraphs(typed));
		expect(lintMdx('content/stories/it/x.mdx', file, 1, () => true)).toEqual([]);
		expect(rendered(file)).toEqual(typed);
	});

	it('builds and shows the typed text for any prose made of MDX-dangerous words', () => {
		fc.assert(
			fc.property(story, (typed) => {
				const file = save(paragraphs(typed));
				expect(rendered(file)).toEqual(typed);
			}),
			{ numRuns: 300 },
		);
	});

	it('reads back into the editor as typed, so a second save changes nothing', () => {
		fc.assert(
			fc.property(story, (typed) => {
				const file = save(paragraphs(typed));
				const reopened = load(file);
				expect(reopened.map(slateText)).toEqual(typed);
				expect(save(reopened)).toBe(file);
			}),
			{ numRuns: 300 },
		);
	});
});

describe('story components among dangerous prose', () => {
	it('a pull quote keeps its text and its place, in the file and after reopening', () => {
		fc.assert(
			fc.property(paragraph, paragraph, fc.constantFrom('', 'Mario Rossi, "ramaio" & figlio {1970}'), (before, quote, cite) => {
				const blocks: Slate[] = [
					...paragraphs([before]),
					{ type: 'shortcode', data: { shortcode: pullQuote.id, shortcodeData: { text: quote, ...(cite ? { cite } : {}) } }, children: [{ text: '' }] },
				];
				const file = save(blocks);
				const tree = mdxToHast(file) as Hast;
				const element = tree.children?.find((node) => node.name === 'PullQuote');
				expect(hastText(element as Hast).trim()).toBe(quote.trim());
				const reopened = load(file);
				expect(reopened[1]?.data?.shortcodeData).toEqual({ text: quote.trim(), ...(cite ? { cite } : {}) });
				expect(save(reopened)).toBe(file);
			}),
			{ numRuns: 200 },
		);
	});
});
