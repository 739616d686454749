import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { embedSnippet, escapeHtml, shareLinks } from '../../src/utils/seo/share.ts';

const HOSTILE = `Fontana </script> "quoted" & 'single' <b>bold</b> 🎉`;
const url = 'https://trame.example.org/it/storie/la-fornace-dei-fontana/';

describe('shareLinks', () => {
	it('puts the page URL and title, encoded, in every network link', () => {
		for (const link of shareLinks(url, HOSTILE)) {
			const decoded = decodeURIComponent(link.href);
			expect(decoded, link.network).toContain(url);
			expect(link.href).not.toMatch(/[ "<>]/);
		}
	});

	it('opens web networks in a new tab and mail in the mail app', () => {
		const links = shareLinks(url, 'Title');
		expect(links.map((link) => link.network)).toEqual(['whatsapp', 'linkedin', 'facebook', 'x', 'email']);
		expect(links.find((link) => link.network === 'email')).toMatchObject({ newTab: false, href: expect.stringMatching(/^mailto:\?subject=Title&body=/) });
		expect(links.filter((link) => link.newTab).every((link) => link.href.startsWith('https://'))).toBe(true);
	});
});

describe('embedSnippet', () => {
	it('is an iframe plus a plain link that survive a hostile title', () => {
		const html = embedSnippet({ embedUrl: 'https://trame.example.org/embed/it/la-fornace-dei-fontana/', storyUrl: url, title: HOSTILE, width: 400, height: 480 });
		const body = parse(`<!doctype html><body>${html}</body>`).childNodes[1] as unknown as { childNodes: { childNodes: { nodeName: string; attrs: { name: string; value: string }[]; childNodes: { nodeName: string; attrs: { name: string; value: string }[]; childNodes: { value?: string }[] }[] }[] }[] };
		const elements = body.childNodes[1]!.childNodes.filter((node) => node.nodeName !== '#text');
		expect(elements.map((node) => node.nodeName)).toEqual(['iframe', 'p']);
		const attr = (node: { attrs: { name: string; value: string }[] }, name: string) => node.attrs.find((a) => a.name === name)?.value;
		expect(attr(elements[0]!, 'title')).toBe(HOSTILE);
		expect(attr(elements[0]!, 'loading')).toBe('lazy');
		const link = elements[1]!.childNodes[0]!;
		expect(attr(link, 'href')).toBe(url);
		expect(link.childNodes.map((child) => child.value).join('')).toBe(HOSTILE);
	});

	it('escapes every character that could open a tag or close an attribute', () => {
		expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
	});
});
