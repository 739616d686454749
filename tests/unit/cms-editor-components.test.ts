import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { factBox, figure, pullQuote } from '../../cms/editor-components.ts';
import { lintMdx } from '../../src/content-checks/mdx-lint.ts';

const media = new Set(['sassuolo-cover.jpg']);
const lint = (body: string) => lintMdx('content/stories/it/test.mdx', body, 1, (name) => media.has(name));

interface Node {
	type: string;
	name?: string;
	value?: unknown;
	attributes?: { name: string; value: unknown }[];
	children?: Node[];
}
/** The component element the MDX parser finds in `body`, to check what the site will receive. */
function element(body: string, name: string): Node {
	const found: Node[] = [];
	const visit = (node: Node) => {
		if (node.name === name) found.push(node);
		node.children?.forEach(visit);
	};
	visit(mdxToMdast(body) as Node);
	expect(found).toHaveLength(1);
	return found[0] as Node;
}
const attributes = (node: Node) => Object.fromEntries((node.attributes ?? []).map((attribute) => [attribute.name, attribute.value]));
const textOf = (node: Node): string => (typeof node.value === 'string' ? node.value : (node.children ?? []).map(textOf).join(''));

/** Writes a block inside prose, the way it sits in a story, and reads it back like Decap does. */
function roundTrip<T>(component: { pattern: RegExp; toBlock(data: T): string; fromBlock(match: RegExpMatchArray): T }, data: T) {
	const block = component.toBlock(data);
	const body = `Un paragrafo prima.\n\n${block}\n\nUn paragrafo dopo.\n`;
	const match = block.match(component.pattern);
	expect(match, `pattern does not match:\n${block}`).not.toBeNull();
	expect(match?.[0]).toBe(block);
	return { block, body, parsed: component.fromBlock(match as RegExpMatchArray) };
}

describe('PullQuote editor component', () => {
	it('writes MDX the checker accepts and reads back the same quote, quotes and braces included', () => {
		const data = { text: 'Il "nostro" segreto? {Niente} <trucchi>, solo lavoro & pazienza.', cite: 'Maria "Mimma" Rossi, fondatrice' };
		const { body, parsed } = roundTrip(pullQuote, data);
		expect(lint(body)).toEqual([]);
		expect(parsed).toEqual(data);
		const node = element(body, 'PullQuote');
		expect(attributes(node).cite).toBe(data.cite);
		expect(textOf(node)).toBe(data.text);
	});

	it('leaves cite out when empty, which the component allows', () => {
		const { block, body, parsed } = roundTrip(pullQuote, { text: 'Solo la frase.' });
		expect(block).toBe('<PullQuote>\nSolo la frase.\n</PullQuote>');
		expect(lint(body)).toEqual([]);
		expect(parsed).toEqual({ text: 'Solo la frase.' });
	});
});

describe('FactBox editor component', () => {
	it('writes a titled markdown list inside the box and reads the items back', () => {
		const data = { title: 'In cifre', items: ['Fondata nel 1962', '40 dipendenti', 'Export: 70% {UE}'] };
		const { body, parsed } = roundTrip(factBox, data);
		expect(lint(body)).toEqual([]);
		expect(parsed).toEqual(data);
		const node = element(body, 'FactBox');
		expect(attributes(node).title).toBe('In cifre');
		const list = node.children?.find((child) => child.type === 'list');
		expect(list?.children?.map(textOf)).toEqual(data.items);
	});

	it('is refused by the checker without a title, so the form cannot produce a silent error', () => {
		const { body } = roundTrip(factBox, { title: '', items: ['Una voce'] });
		expect(lint(body).map((problem) => problem.message)).toContain('<FactBox> needs title="…"');
	});
});

describe('Figure editor component', () => {
	it('writes a self-closing figure with the bare file name, even when the widget hands over a path', () => {
		const { block, body, parsed } = roundTrip(figure, { image: '/content/media/sassuolo-cover.jpg', alt: 'Il forno a rulli', caption: 'Il forno, 1970' });
		expect(block).toBe('<Figure image="sassuolo-cover.jpg" alt="Il forno a rulli" caption="Il forno, 1970" />');
		expect(lint(body)).toEqual([]);
		expect(parsed).toEqual({ image: 'sassuolo-cover.jpg', alt: 'Il forno a rulli', caption: 'Il forno, 1970' });
		expect(attributes(element(body, 'Figure'))).toEqual({ image: 'sassuolo-cover.jpg', alt: 'Il forno a rulli', caption: 'Il forno, 1970' });
	});

	it('names a missing image, as the build would', () => {
		const { body } = roundTrip(figure, { image: 'assente.jpg', alt: 'Un testo alternativo' });
		expect(lint(body).map((problem) => problem.message)).toEqual(['<Figure> shows "assente.jpg", which is not in content/media: upload it or fix the file name']);
	});
});

describe('editor previews', () => {
	it('escape what the editor typed, so the preview pane never runs it', () => {
		const html = pullQuote.toPreview({ text: '<img src=x onerror=alert(1)>', cite: '"><script>' });
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<script');
		expect(figure.toPreview({ image: 'a.jpg', alt: '" onload="x' }, (name) => `/media/${name}`)).toBe('<figure class="figure"><img src="/media/a.jpg" alt="&quot; onload=&quot;x" /></figure>');
		expect(factBox.toPreview({ title: 'T', items: ['<b>'] })).toContain('<li>&lt;b&gt;</li>');
	});
});
