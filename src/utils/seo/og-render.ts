/**
 * Renders share cards at build time: satori lays out the text as an SVG
 * overlay, sharp scales the cover photo to 1200×630, lays the overlay on top
 * and encodes a JPEG (photos stay small enough for WhatsApp's preview limit).
 * Output depends only on the input, so a card is cached under a hash of
 * everything that shapes it and an unchanged page costs nothing next build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori, { type SatoriOptions } from 'satori';
import sharp from 'sharp';
import { LOGO_SIZE, OG_HEIGHT, OG_WIDTH, type OgCard } from './og-image.ts';

const require = createRequire(import.meta.url);

/** Satori reads TTF/OTF/WOFF but not WOFF2, hence the static @fontsource packages. */
const FONT_FILES = [
	{ name: 'Fraunces', weight: 600, file: '@fontsource/fraunces/files/fraunces-latin-600-normal.woff' },
	{ name: 'Fraunces', weight: 600, file: '@fontsource/fraunces/files/fraunces-latin-ext-600-normal.woff' },
	{ name: 'Source Sans 3', weight: 600, file: '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff' },
	{ name: 'Source Sans 3', weight: 600, file: '@fontsource/source-sans-3/files/source-sans-3-latin-ext-600-normal.woff' },
] as const;

let fonts: SatoriOptions['fonts'] | undefined;

function loadFonts(): SatoriOptions['fonts'] {
	fonts ??= FONT_FILES.map(({ name, weight, file }) => ({ name, weight, style: 'normal' as const, data: readFileSync(require.resolve(file)) }));
	return fonts;
}

const INK = '#1f1a15';

/**
 * Card text without emoji: no emoji font is bundled (it would add megabytes to
 * every build for a rare character), and a missing glyph prints a box.
 */
export function cardText(text: string): string {
	return text.replace(/\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*/gu, '').replace(/\s{2,}/g, ' ').trim();
}

/** The overlay's element tree (satori takes React-like objects, no JSX needed). */
export function cardOverlay(input: OgCard): Record<string, unknown> {
	const card = { ...input, title: cardText(input.title), kicker: cardText(input.kicker) };
	const titleSize = card.title.length > 60 ? 56 : 66;
	return {
		type: 'div',
		props: {
			style: {
				width: OG_WIDTH,
				height: OG_HEIGHT,
				boxSizing: 'border-box',
				display: 'flex',
				flexDirection: 'column',
				justifyContent: 'flex-end',
				padding: '56px 64px',
				backgroundImage: 'linear-gradient(180deg, rgba(31,26,21,0) 20%, rgba(31,26,21,0.55) 50%, rgba(31,26,21,0.92) 100%)',
				color: '#fffaf2',
				fontFamily: 'Source Sans 3',
			},
			children: [
				{ type: 'div', props: { style: { fontSize: 28, fontWeight: 600, letterSpacing: 2, textTransform: 'uppercase', color: '#f2c48d', marginBottom: 12 }, children: card.kicker } },
				{ type: 'div', props: { style: { fontFamily: 'Fraunces', fontSize: titleSize, fontWeight: 600, lineHeight: 1.1, lineClamp: 3 }, children: card.title } },
				{
					type: 'div',
					props: {
						style: { display: 'flex', alignItems: 'baseline', marginTop: 28, fontSize: 26, fontWeight: 600 },
						children: [
							{ type: 'div', props: { style: { fontFamily: 'Fraunces', fontSize: 36, marginRight: 18 }, children: card.siteName } },
							{ type: 'div', props: { style: { color: '#e8dccb' }, children: card.label } },
						],
					},
				},
			],
		},
	};
}

const satoriVersion: string = require('satori/package.json').version;

/** Everything that changes the pixels: layout tree, fonts, library versions and the cover's bytes. */
function cacheKey(overlay: Record<string, unknown>, cover: Buffer | undefined): string {
	return createHash('sha256')
		.update(JSON.stringify({ overlay, fonts: FONT_FILES, satoriVersion, sharp: sharp.versions }))
		.update(cover ?? 'no-cover')
		.digest('hex');
}

/** Renders one card, without the cache; same input → same bytes. */
export async function renderCard(card: OgCard, cover: Buffer | undefined): Promise<Buffer> {
	const overlay = cardOverlay(card);
	const svg = await satori(overlay as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
	const base = cover
		? sharp(cover).resize(OG_WIDTH, OG_HEIGHT, { fit: 'cover', position: 'attention' })
		: sharp({ create: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3, background: INK } });
	return base
		.composite([{ input: Buffer.from(svg), top: 0, left: 0 }])
		.flatten({ background: INK })
		.jpeg({ quality: 82, mozjpeg: true })
		.toBuffer();
}

export interface CardCache {
	hits: number;
	misses: number;
}

/** Renders a card or reuses the file rendered last build for the same input. */
export async function cachedCard(card: OgCard, coverFile: string | undefined, cacheDir: string, stats?: CardCache): Promise<Buffer> {
	const cover = coverFile ? readFileSync(coverFile) : undefined;
	const file = join(cacheDir, `${cacheKey(cardOverlay(card), cover)}.jpg`);
	if (existsSync(file)) {
		if (stats) stats.hits++;
		return readFileSync(file);
	}
	const image = await renderCard(card, cover);
	mkdirSync(cacheDir, { recursive: true });
	// Written aside then renamed, so a build killed mid-write never leaves a truncated card to reuse.
	writeFileSync(`${file}.tmp`, image);
	renameSync(`${file}.tmp`, file);
	if (stats) stats.misses++;
	return image;
}

/** The publisher logo structured data asks for: the wordmark on the site's ink colour, as PNG. */
export async function renderLogo(siteName: string): Promise<Buffer> {
	const svg = await satori(
		{ type: 'div', props: { style: { width: '100%', height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', backgroundColor: INK, color: '#fffaf2', fontFamily: 'Fraunces', fontSize: 132, fontWeight: 600 }, children: siteName } } as unknown as Parameters<typeof satori>[0],
		{ width: LOGO_SIZE, height: LOGO_SIZE, fonts: loadFonts() },
	);
	return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
