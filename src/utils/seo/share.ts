/**
 * The share kit's links. Every network is a plain link to its own share page:
 * no third-party script runs on our pages, nothing loads until the reader
 * chooses a network, and the links work without JavaScript.
 */
import { isEntryPage, parseUrl, withBase } from '../routes.ts';

export type ShareNetwork = 'whatsapp' | 'linkedin' | 'facebook' | 'x' | 'email';

export interface ShareLink {
	network: ShareNetwork;
	href: string;
	/** Web share pages open in a new tab so the reader keeps our page; mail opens the mail app. */
	newTab: boolean;
}

/** Share links for a page, in the order SMEs told us they use them (WhatsApp first). */
export function shareLinks(url: string, title: string): ShareLink[] {
	const u = encodeURIComponent(url);
	const text = encodeURIComponent(title);
	return [
		{ network: 'whatsapp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`, newTab: true },
		{ network: 'linkedin', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`, newTab: true },
		{ network: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}`, newTab: true },
		{ network: 'x', href: `https://x.com/intent/post?text=${text}&url=${u}`, newTab: true },
		{ network: 'email', href: `mailto:?subject=${text}&body=${encodeURIComponent(`${title}\n\n${url}`)}`, newTab: false },
	];
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };

/** Escapes text for an HTML attribute or text node we write ourselves (the embed snippet is HTML the reader pastes elsewhere). */
export function escapeHtml(text: string): string {
	return text.replace(/[&"'<>]/g, (char) => ATTRIBUTE_ESCAPES[char]!);
}

/** The embeddable card of a story page (`/embed/<lang>/<slug>/`); other pages have none. */
export function embedPath(pagePath: string): string | undefined {
	const parsed = parseUrl(pagePath);
	if (!isEntryPage(parsed, 'stories')) return undefined;
	return withBase(`embed/${parsed.lang}/${parsed.slug}/`);
}

/** The embed card's frame: one column of a typical site, tall enough for image, title and link. */
export const EMBED_SIZE = { width: 400, height: 360 } as const;

export interface EmbedSnippetInput {
	embedUrl: string;
	storyUrl: string;
	title: string;
	width: number;
	height: number;
}

/**
 * The HTML an SME pastes into its own site: an iframe of the story card, and
 * a plain link after it so the story stays reachable where iframes are
 * stripped (newsletters, some site builders).
 */
export function embedSnippet({ embedUrl, storyUrl, title, width, height }: EmbedSnippetInput): string {
	return [
		`<iframe src="${escapeHtml(embedUrl)}" width="${width}" height="${height}" title="${escapeHtml(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>`,
		`<p><a href="${escapeHtml(storyUrl)}">${escapeHtml(title)}</a></p>`,
	].join('\n');
}
