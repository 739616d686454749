/**
 * The story components (src/content-checks/mdx-lint.ts STORY_COMPONENTS) as
 * Decap editor components: editors insert them from the toolbar through a
 * small form and never type JSX. Everything here is a pure function of the
 * form data, so the unit tests can check that what the CMS writes is MDX the
 * build accepts and that the CMS reads it back into the same form.
 */
import { decodeReferences } from './mdx-safe-text.ts';

export interface PullQuoteData {
	text: string;
	cite?: string;
}
export interface FactBoxData {
	title: string;
	items: string[];
}
export interface FigureData {
	image: string;
	alt: string;
	caption?: string;
}

/** Resolves an image file name to a URL the preview can show; Decap passes its own. */
export type AssetUrl = (name: string) => unknown;

/**
 * Attribute values go between double quotes: a quote inside becomes &quot;,
 * `{` and `<` are harmless there, and line breaks are folded because an
 * attribute is one line of the editor's form.
 */
export function toAttribute(value: string): string {
	return value.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
export function fromAttribute(value: string): string {
	return value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/**
 * Text between tags is MDX: a `{` would start code, a `<` a tag, a `*` or a
 * line starting with `>` Markdown, and a line starting with "import"/"export"
 * code. They are escaped as in the rich text (cms/mdx-safe-text.ts): \{,
 * &lt;, \>, &#105;mport.
 */
export function toMdxText(value: string): string {
	return value
		.trim()
		.replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
		.replace(/[\\{}*_[\]`~#|]/g, (char) => `\\${char}`)
		.replace(/</g, '&lt;')
		.replace(/^(\s*)([>+=-]|\d+(?=[.)]))/gm, (_, space: string, start: string) => `${space}${/\d/.test(start) ? `${start}\\` : `\\${start}`}`)
		.replace(/^(\s*)(import|export)\b/gm, (_, space: string, word: string) => `${space}&#${word.charCodeAt(0)};${word.slice(1)}`);
}
export function fromMdxText(value: string): string {
	return decodeReferences(value.replace(/\\([!-/:-@[-`{-~])/g, '$1'));
}

/** HTML for the preview pane: text from the form is always escaped. */
export function escapeHtml(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const attribute = (name: string, value: string | undefined) => (value && value.trim() ? ` ${name}="${toAttribute(value)}"` : '');
/** Reads `name="value"` out of an opening tag's attribute string, if present. */
const readAttribute = (attributes: string, name: string) => {
	const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
	return match ? fromAttribute(match[1] ?? '') : undefined;
};

export const pullQuote = {
	id: 'pull-quote',
	label: 'Citazione in evidenza',
	fields: [
		{ name: 'text', label: 'Citazione', widget: 'text' },
		{ name: 'cite', label: 'Chi parla (nome e ruolo)', widget: 'string', required: false },
	],
	pattern: /^<PullQuote((?:\s+\w+="[^"]*")*)\s*>\n?([\s\S]*?)\n?<\/PullQuote>/,
	fromBlock(match: RegExpMatchArray): PullQuoteData {
		const cite = readAttribute(match[1] ?? '', 'cite');
		return { text: fromMdxText((match[2] ?? '').trim()), ...(cite ? { cite } : {}) };
	},
	toBlock(data: Partial<PullQuoteData>): string {
		return `<PullQuote${attribute('cite', data.cite)}>\n${toMdxText(data.text ?? '')}\n</PullQuote>`;
	},
	toPreview(data: Partial<PullQuoteData>): string {
		const cite = data.cite ? `<figcaption>— ${escapeHtml(data.cite)}</figcaption>` : '';
		return `<figure class="pull-quote"><blockquote><p>${escapeHtml(data.text ?? '')}</p></blockquote>${cite}</figure>`;
	},
};

export const factBox = {
	id: 'fact-box',
	label: 'Riquadro dati',
	fields: [
		{ name: 'title', label: 'Titolo del riquadro', widget: 'string' },
		{ name: 'items', label: 'Voci', widget: 'list', field: { name: 'item', label: 'Voce', widget: 'string' } },
	],
	pattern: /^<FactBox((?:\s+\w+="[^"]*")*)\s*>\n?([\s\S]*?)\n?<\/FactBox>/,
	fromBlock(match: RegExpMatchArray): FactBoxData {
		const items = (match[2] ?? '')
			.split('\n')
			.map((line) => /^\s*[-*]\s+(.*)$/.exec(line)?.[1])
			.filter((item): item is string => item !== undefined)
			.map(fromMdxText);
		return { title: readAttribute(match[1] ?? '', 'title') ?? '', items };
	},
	toBlock(data: Partial<FactBoxData>): string {
		const items = (data.items ?? []).filter((item) => item.trim()).map((item) => `- ${toMdxText(item.replace(/\s+/g, ' '))}`);
		return `<FactBox title="${toAttribute(data.title ?? '')}">\n\n${items.join('\n')}\n\n</FactBox>`;
	},
	toPreview(data: Partial<FactBoxData>): string {
		const items = (data.items ?? []).map((item) => `<li>${escapeHtml(item)}</li>`).join('');
		return `<aside class="fact-box"><h2>${escapeHtml(data.title ?? '')}</h2><ul>${items}</ul></aside>`;
	},
};

export const figure = {
	id: 'figure',
	label: 'Immagine con didascalia',
	fields: [
		{ name: 'image', label: 'Immagine', widget: 'image', choose_url: false },
		{ name: 'alt', label: "Testo alternativo (descrivi l'immagine)", widget: 'string' },
		{ name: 'caption', label: 'Didascalia', widget: 'string', required: false },
	],
	pattern: /^<Figure((?:\s+\w+="[^"]*")*)\s*\/>/,
	fromBlock(match: RegExpMatchArray): FigureData {
		const attributes = match[1] ?? '';
		const caption = readAttribute(attributes, 'caption');
		return { image: readAttribute(attributes, 'image') ?? '', alt: readAttribute(attributes, 'alt') ?? '', ...(caption ? { caption } : {}) };
	},
	toBlock(data: Partial<FigureData>): string {
		// The image widget may hand over a path; the schema and the component want the bare file name.
		const image = (data.image ?? '').split('/').pop() ?? '';
		return `<Figure image="${toAttribute(image)}" alt="${toAttribute(data.alt ?? '')}"${attribute('caption', data.caption)} />`;
	},
	toPreview(data: Partial<FigureData>, getAsset?: AssetUrl): string {
		const src = data.image && getAsset ? String(getAsset(data.image) ?? '') : '';
		const caption = data.caption ? `<figcaption>${escapeHtml(data.caption)}</figcaption>` : '';
		return `<figure class="figure"><img src="${escapeHtml(src)}" alt="${escapeHtml(data.alt ?? '')}" />${caption}</figure>`;
	},
};

/** Registered in this order in the editor's "+" menu. */
export const EDITOR_COMPONENTS = [pullQuote, factBox, figure];
