/**
 * Renders share cards at build time: sharp scales the cover photo to
 * 1200×630, the photo is faded towards ink under the text, satori lays out
 * the text as an SVG band that sharp lays on top, and sharp encodes a JPEG
 * (60-80 KB, far below WhatsApp's ~300 KB preview limit). A large site has
 * thousands of cards, so each step is the cheap one: plain libjpeg with
 * mozjpeg's quantisation table (the full mozjpeg preset doubled the time for a
 * tenth fewer bytes), a centre crop (saliency cropping cost a sixth of a card
 * on photos editors frame themselves), and the fade applied to the raw pixels
 * (compositing a full-size gradient image cost a quarter of a card). Blending
 * the text in JavaScript too was tried and dropped: cheaper alone, but it put
 * the work and 4 MB of buffers per card on the main thread, and whole builds
 * got no faster.
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
const INK_RGB = [0x1f, 0x1a, 0x15] as const;
/** The text sits in the lower part of the card; only that band is drawn by satori and laid over the photo. */
const TEXT_BAND_HEIGHT = 420;
/** How strongly the photo fades towards ink, from the top of the card to the bottom: none above a fifth, 0.55 halfway, 0.92 at the foot. */
const FADE_STOPS = [
	[0.2, 0],
	[0.5, 0.55],
	[1, 0.92],
] as const;

/** The fade's opacity at `position` (0 = top edge, 1 = bottom edge), linear between the stops. */
export function fadeOpacity(position: number): number {
	let previous: readonly [number, number] = [0, 0];
	for (const stop of FADE_STOPS) {
		if (position <= stop[0]) return previous[1] + ((stop[1] - previous[1]) * (position - previous[0])) / (stop[0] - previous[0]);
		previous = stop;
	}
	return previous[1];
}

/**
 * Fades raw RGB pixels towards ink row by row, in place, so the white text
 * stays readable on any photo. One multiply-add per byte: libvips would need
 * a full-size alpha image and a composite for the same result.
 */
export function fadeTowardsInk(pixels: Uint8Array, width: number, height: number): void {
	for (let y = 0; y < height; y++) {
		const opacity = fadeOpacity(y / (height - 1));
		if (opacity === 0) continue;
		const keep = 1 - opacity;
		const add = INK_RGB.map((channel) => channel * opacity);
		for (let index = y * width * 3, end = index + width * 3; index < end; index += 3) {
			pixels[index] = pixels[index]! * keep + add[0]!;
			pixels[index + 1] = pixels[index + 1]! * keep + add[1]!;
			pixels[index + 2] = pixels[index + 2]! * keep + add[2]!;
		}
	}
}

/**
 * Card text without emoji: no emoji font is bundled (it would add megabytes to
 * every build for a rare character), and a missing glyph prints a box.
 */
export function cardText(text: string): string {
	return text.replace(/\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*/gu, '').replace(/\s{2,}/g, ' ').trim();
}

/** The text band's element tree (satori takes React-like objects, no JSX needed); the band is transparent around the text. */
export function cardOverlay(input: OgCard): Record<string, unknown> {
	const card = { ...input, title: cardText(input.title), kicker: cardText(input.kicker) };
	const titleSize = card.title.length > 60 ? 56 : 66;
	return {
		type: 'div',
		props: {
			style: {
				width: OG_WIDTH,
				height: TEXT_BAND_HEIGHT,
				boxSizing: 'border-box',
				display: 'flex',
				flexDirection: 'column',
				justifyContent: 'flex-end',
				padding: '0 64px 56px',
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

/**
 * Everything that changes the pixels: layout tree, fade, fonts, library
 * versions, the cover's bytes, and the drawing code itself, so a change to how
 * cards are drawn renders them again without anyone remembering to clear a cache.
 */
function cacheKey(overlay: Record<string, unknown>, cover: Buffer | undefined): string {
	return createHash('sha256')
		.update(JSON.stringify({ overlay, drawing: DRAWING_CODE, fade: FADE_STOPS, fonts: FONT_FILES, satoriVersion, sharp: sharp.versions }))
		.update(cover ?? 'no-cover')
		.digest('hex');
}

/** The photo scaled and cropped to the card, faded to ink at its foot: the part a page's languages share. */
async function fadedCover(cover: Buffer | undefined): Promise<Buffer> {
	const base = cover
		? sharp(cover).resize(OG_WIDTH, OG_HEIGHT, { fit: 'cover' })
		: sharp({ create: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3, background: INK } });
	// Three 8-bit sRGB channels whatever the cover is (transparent PNG, greyscale JPEG).
	const pixels = await base.flatten({ background: INK }).toColourspace('srgb').raw().toBuffer();
	fadeTowardsInk(pixels, OG_WIDTH, OG_HEIGHT);
	return pixels;
}

/** Lays the card's text over faded cover pixels (left untouched, the page's other language reuses them) and encodes the JPEG. */
async function composeCard(card: OgCard, pixels: Buffer): Promise<Buffer> {
	const svg = await satori(cardOverlay(card) as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: TEXT_BAND_HEIGHT, fonts: loadFonts() });
	return sharp(pixels, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3 } })
		.composite([{ input: Buffer.from(svg), top: OG_HEIGHT - TEXT_BAND_HEIGHT, left: 0 }])
		.jpeg({ quality: 80, quantisationTable: 3 })
		.toBuffer();
}

/** The source of the functions that draw a card, part of every cache key (read once, not per card). */
const DRAWING_CODE = [fadeTowardsInk, fadedCover, composeCard].map(String);

/** Renders one card, without the cache; same input → same bytes. */
export async function renderCard(card: OgCard, cover: Buffer | undefined): Promise<Buffer> {
	return composeCard(card, await fadedCover(cover));
}

/**
 * Faded covers of the last few cards, by cover file. The card route lists a
 * page's languages one after the other and they share their photo, so the
 * second card costs only its text: a third less work per card.
 */
const recentCovers = new Map<string, Promise<Buffer>>();
const RECENT_COVERS = 8;

function recentFadedCover(coverFile: string | undefined, cover: Buffer | undefined): Promise<Buffer> {
	const key = coverFile ?? '';
	let pixels = recentCovers.get(key);
	if (!pixels) {
		pixels = fadedCover(cover);
		recentCovers.set(key, pixels);
		if (recentCovers.size > RECENT_COVERS) recentCovers.delete(recentCovers.keys().next().value!);
	}
	return pixels;
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
	const image = await composeCard(card, await recentFadedCover(coverFile, cover));
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
