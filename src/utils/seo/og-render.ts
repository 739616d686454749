/**
 * Renders share cards at build time with sharp alone: the cover photo is
 * scaled and cropped to 1200×630 and faded towards ink under the text, Pango
 * (inside sharp's libvips) sets the text in the site's fonts, the text is laid
 * over the photo, and sharp encodes a JPEG, far below WhatsApp's preview
 * limit. A large site has thousands of cards, so each step is the cheaper of
 * the ways tried (the README's Benchmarks section has the measurements): plain
 * libjpeg with mozjpeg's quantisation table and without optimised Huffman
 * tables, a Mitchell filter, a centre crop, the fade and the text blended on
 * raw pixels, and Pango for the text. Output depends only on the input, so a card is cached under a hash of
 * everything that shapes it and an unchanged page costs nothing next build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { threadId } from 'node:worker_threads';
import { join } from 'node:path';
import sharp from 'sharp';
import { LOGO_SIZE, OG_HEIGHT, OG_WIDTH, type OgCard } from './og-image.ts';
import { woffToSfnt } from './woff.ts';

const require = createRequire(import.meta.url);

/**
 * The static @fontsource files, split in latin and latin-ext subsets that
 * fontconfig merges under one family. Family names are the ones written in
 * the files (what `fc-scan` prints), which is how Pango asks for them.
 */
const SERIF = 'Fraunces SemiBold';
const SANS = 'Source Sans 3 SemiBold';
const FONT_FILES = [
	'@fontsource/fraunces/files/fraunces-latin-600-normal.woff',
	'@fontsource/fraunces/files/fraunces-latin-ext-600-normal.woff',
	'@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff',
	'@fontsource/source-sans-3/files/source-sans-3-latin-ext-600-normal.woff',
] as const;

let woffFiles: Buffer[] | undefined;

/** The font files' bytes, read once: they are both unpacked for Pango and part of every cache key. */
function readFonts(): Buffer[] {
	woffFiles ??= FONT_FILES.map((file) => readFileSync(require.resolve(file)));
	return woffFiles;
}

let fontsLoaded: Promise<void> | undefined;

/**
 * Written aside, then renamed: a build killed mid-write never leaves a
 * truncated file to reuse, and two writers of the same file (worker threads,
 * the early process of og-early.ts; each has its own aside name) never read
 * each other's half.
 */
function writeAtomically(path: string, data: Buffer): void {
	const aside = `${path}.${process.pid}-${threadId}.tmp`;
	writeFileSync(aside, data);
	renameSync(aside, path);
}

/**
 * Makes the fonts known to Pango for the rest of the process: libvips adds the
 * font file of any text it sets to fontconfig for good. Fontconfig needs a
 * TrueType file on disk, so each WOFF is unpacked once into the temp folder.
 */
function loadFonts(): Promise<void> {
	fontsLoaded ??= (async () => {
		const dir = join(tmpdir(), 'trame-card-fonts');
		mkdirSync(dir, { recursive: true });
		for (const woff of readFonts()) {
			const font = woffToSfnt(woff);
			const path = join(dir, `${createHash('sha256').update(font).digest('hex').slice(0, 16)}.ttf`);
			if (!existsSync(path)) writeAtomically(path, font);
			await sharp({ text: { text: '.', fontfile: path } }).raw().toBuffer();
		}
	})();
	return fontsLoaded;
}

const INK = '#1f1a15';
const INK_RGB = [0x1f, 0x1a, 0x15] as const;
/** Where the text goes: a column with 64px margins, resting 64px above the card's foot. */
const LAYOUT = { left: 64, width: OG_WIDTH - 128, bottom: 64, kickerGap: 20, rowGap: 34, titleLineHeight: 1.1, titleLines: 3 } as const;
/** Title sizes to try, largest first: a long title is set smaller rather than cut, so it fits in three lines. */
const TITLE_SIZES = { short: [66, 56, 48], long: [56, 48, 42] } as const;
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

/** Text for Pango markup: content is text, never markup. */
export function escapeMarkup(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const span = (family: string, size: number, colour: string, text: string, extra = '') => `<span font_family="${family}" size="${size}pt" foreground="${colour}"${extra}>${escapeMarkup(text)}</span>`;

/**
 * The card's three text blocks as Pango markup (sizes in points are pixels at
 * 72 dpi): the kicker above the title, the title at a given size, and the site
 * name with the kind of page on the bottom row, on one baseline.
 */
export function cardMarkup(input: OgCard): { kicker: string; title(size: number): string; row: string } {
	const kicker = cardText(input.kicker).toLocaleUpperCase(input.lang);
	const label = cardText(input.label);
	return {
		kicker: kicker && span(SANS, 28, '#f2c48d', kicker, ` letter_spacing="${2 * 1024}"`),
		title: (size) => span(SERIF, size, '#fffaf2', cardText(input.title), ` line_height="${Math.round(size * LAYOUT.titleLineHeight * 1024)}"`),
		row: span(SERIF, 36, '#fffaf2', cardText(input.siteName)) + (label && `<span size="18pt">\u2003</span>${span(SANS, 26, '#e8dccb', label)}`),
	};
}

interface TextImage {
	pixels: Buffer;
	width: number;
	height: number;
}

/** One block of markup set as RGBA pixels, wrapped at the text column's width. */
async function setText(markup: string): Promise<TextImage> {
	const { data, info } = await sharp({ text: { text: markup, width: LAYOUT.width, dpi: 72, rgba: true, wrap: 'word' } }).raw().toBuffer({ resolveWithObject: true });
	return { pixels: data, width: info.width, height: info.height };
}

/** The title at the largest size that fits in three lines (the schema caps titles at 90 characters, so one always does). */
async function setTitle(card: OgCard, markup: (size: number) => string): Promise<TextImage> {
	const sizes = cardText(card.title).length > 60 ? TITLE_SIZES.long : TITLE_SIZES.short;
	let title: TextImage | undefined;
	for (const size of sizes) {
		title = await setText(markup(size));
		if (Math.round(title.height / (size * LAYOUT.titleLineHeight)) <= LAYOUT.titleLines) break;
	}
	return title!;
}

/**
 * Lays RGBA text (sharp's raw output, not premultiplied) over RGB pixels, in
 * place, with its top-left corner at (`left`, `top`); what falls outside the
 * picture (a word too long to wrap, a title too tall) is cut off there.
 */
export function blendText(pixels: Uint8Array, width: number, height: number, text: TextImage, left: number, top: number): void {
	const columns = Math.min(text.width, width - left);
	for (let y = Math.max(0, -top); y < text.height && top + y < height; y++) {
		for (let x = 0, from = y * text.width * 4, to = ((top + y) * width + left) * 3; x < columns; x++, from += 4, to += 3) {
			const alpha = text.pixels[from + 3]!;
			if (alpha === 0) continue;
			const keep = 255 - alpha;
			pixels[to] = (text.pixels[from]! * alpha + pixels[to]! * keep + 127) / 255;
			pixels[to + 1] = (text.pixels[from + 1]! * alpha + pixels[to + 1]! * keep + 127) / 255;
			pixels[to + 2] = (text.pixels[from + 2]! * alpha + pixels[to + 2]! * keep + 127) / 255;
		}
	}
}

let drawingDigest: string | undefined;

/**
 * Everything but the card and its photo that changes the pixels: layout,
 * fade, fonts (names and bytes), library versions (libvips, Pango, libjpeg…
 * all in sharp.versions) and the drawing code itself, so a change to how
 * cards are drawn renders them again without anyone clearing a cache. Hashed
 * once: every card of the site shares it.
 */
function drawing(): string {
	drawingDigest ??= createHash('sha256')
		.update(JSON.stringify({ layout: LAYOUT, titleSizes: TITLE_SIZES, drawing: DRAWING_CODE, fade: FADE_STOPS, ink: INK_RGB, families: [SERIF, SANS], fonts: fontsDigest(), sharp: sharp.versions }))
		.digest('hex');
	return drawingDigest;
}

/**
 * A digest of everything that shapes a card: its text, the bytes of its
 * photo, and how cards are drawn. It names the card's file in the cache, so
 * the build finds an unchanged card there instead of drawing it again.
 */
export function cardKey(card: OgCard, coverFile: string | undefined): string {
	return createHash('sha256')
		.update(JSON.stringify({ card, cover: coverDigest(coverFile), drawing: drawing() }))
		.digest('hex');
}

let fontFilesDigest: string | undefined;

/** The font files' bytes, so a new @fontsource release draws the cards again. */
function fontsDigest(): string {
	fontFilesDigest ??= readFonts().reduce((hash, woff) => hash.update(woff), createHash('sha256')).digest('hex');
	return fontFilesDigest;
}

/** Digests of photos by path, size and modification time. */
const coverDigests = new Map<string, string>();

/**
 * A digest of the photo's bytes, read once per photo and build: a warm build
 * checks every card against the cache, and most photos are behind several
 * cards (two languages, businesses showing their district's cover).
 */
function coverDigest(coverFile: string | undefined): string {
	if (!coverFile) return 'no-cover';
	const { size, mtimeMs } = statSync(coverFile);
	const key = `${coverFile}\0${size}\0${mtimeMs}`;
	let digest = coverDigests.get(key);
	if (!digest) {
		digest = createHash('sha256').update(readFileSync(coverFile)).digest('hex');
		coverDigests.set(key, digest);
	}
	return digest;
}

/** The photo scaled and cropped to the card, faded to ink at its foot: the part a page's languages share. */
async function fadedCover(cover: Buffer | undefined): Promise<Buffer> {
	const base = cover
		? sharp(cover).resize(OG_WIDTH, OG_HEIGHT, { fit: 'cover', kernel: 'mitchell' })
		: sharp({ create: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3, background: INK } });
	// Three 8-bit sRGB channels whatever the cover is (transparent PNG, greyscale JPEG).
	const pixels = await base.flatten({ background: INK }).toColourspace('srgb').raw().toBuffer();
	fadeTowardsInk(pixels, OG_WIDTH, OG_HEIGHT);
	return pixels;
}

/** Lays the card's text over a copy of the faded cover pixels (the page's other language reuses them) and encodes the JPEG. */
async function composeCard(card: OgCard, cover: Buffer): Promise<Buffer> {
	await loadFonts();
	const markup = cardMarkup(card);
	const [kicker, title, row] = await Promise.all([markup.kicker ? setText(markup.kicker) : undefined, setTitle(card, markup.title), setText(markup.row)]);
	const pixels = Buffer.from(cover);
	const rowTop = OG_HEIGHT - LAYOUT.bottom - row.height;
	const titleTop = rowTop - LAYOUT.rowGap - title.height;
	blendText(pixels, OG_WIDTH, OG_HEIGHT, row, LAYOUT.left, rowTop);
	blendText(pixels, OG_WIDTH, OG_HEIGHT, title, LAYOUT.left, titleTop);
	if (kicker) blendText(pixels, OG_WIDTH, OG_HEIGHT, kicker, LAYOUT.left, titleTop - LAYOUT.kickerGap - kicker.height);
	return sharp(pixels, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3 } })
		.jpeg({ quality: 80, quantisationTable: 3, optimiseCoding: false })
		.toBuffer();
}

/** The source of the functions that draw a card, part of every cache key (read once, not per card). */
const DRAWING_CODE = [fadeOpacity, fadeTowardsInk, fadedCover, loadFonts, woffToSfnt, cardText, escapeMarkup, span, cardMarkup, setText, setTitle, blendText, composeCard].map(String);

/** Renders one card, without the cache; same input → same bytes. */
export async function renderCard(card: OgCard, cover: Buffer | undefined): Promise<Buffer> {
	return composeCard(card, await fadedCover(cover));
}

/**
 * Faded covers of the last few cards, by the photo's digest (a replaced file is a new photo). The card route lists a
 * page's languages one after the other and they share their photo, so the
 * second card costs only its text and its JPEG.
 */
const recentCovers = new Map<string, Promise<Buffer>>();
const RECENT_COVERS = 8;

function recentFadedCover(coverFile: string | undefined, digest: string): Promise<Buffer> {
	let pixels = recentCovers.get(digest);
	if (!pixels) {
		pixels = fadedCover(coverFile ? readFileSync(coverFile) : undefined);
		recentCovers.set(digest, pixels);
		if (recentCovers.size > RECENT_COVERS) recentCovers.delete(recentCovers.keys().next().value!);
	}
	return pixels;
}

export interface CardCache {
	hits: number;
	misses: number;
}

/**
 * The cache file of a card, rendered now unless an earlier build left it
 * there. Returns the path, not the bytes: a card rendered ahead of the build
 * (og-workers.ts, og-early.ts) needs only to exist.
 */
export async function cardFile(card: OgCard, coverFile: string | undefined, cacheDir: string, stats?: CardCache): Promise<string> {
	const file = join(cacheDir, `${cardKey(card, coverFile)}.jpg`);
	if (existsSync(file)) {
		if (stats) stats.hits++;
		return file;
	}
	const image = await composeCard(card, await recentFadedCover(coverFile, coverDigest(coverFile)));
	mkdirSync(cacheDir, { recursive: true });
	writeAtomically(file, image);
	if (stats) stats.misses++;
	return file;
}

/** The publisher logo structured data asks for: the wordmark on the site's ink colour, as PNG. */
export async function renderLogo(siteName: string): Promise<Buffer> {
	await loadFonts();
	const wordmark = await sharp({ text: { text: span(SERIF, 132, '#fffaf2', siteName), dpi: 72, rgba: true } }).png().toBuffer();
	return sharp({ create: { width: LOGO_SIZE, height: LOGO_SIZE, channels: 3, background: INK } })
		.composite([{ input: wordmark, gravity: 'centre' }])
		.png({ compressionLevel: 9 })
		.toBuffer();
}
