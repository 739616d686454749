import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ogEndpointParam, ogImagePath, type OgCard } from '../../src/utils/seo/og-image.ts';
import { blendText, cardFile, cardMarkup, cardText, escapeMarkup, renderCard, type CardCache } from '../../src/utils/seo/og-render.ts';
import { startShareCards } from '../../scripts/lib/share-cards.ts';
import { woffToSfnt } from '../../src/utils/seo/woff.ts';
import { TITLE_MAX } from '../../src/schemas/content.ts';

const require = createRequire(import.meta.url);

describe('ogImagePath', () => {
	it('gives stories, businesses and districts a card mirroring their URL', () => {
		expect(ogImagePath('/it/storie/la-fornace-dei-fontana/', 'it')).toBe('/og/it/storie/la-fornace-dei-fontana.jpg');
		expect(ogImagePath('/en/businesses/ceramiche-fontana/', 'en')).toBe('/og/en/businesses/ceramiche-fontana.jpg');
		expect(ogImagePath('/en/districts/sassuolo/', 'en')).toBe('/og/en/districts/sassuolo.jpg');
		expect(ogEndpointParam('/og/en/districts/sassuolo.jpg')).toBe('en/districts/sassuolo');
	});

	it('gives every other page its language home card', () => {
		expect(ogImagePath('/en/', 'en')).toBe('/og/en.jpg');
		expect(ogImagePath('/it/temi/ceramica/', 'it')).toBe('/og/it.jpg');
		expect(ogImagePath('/en/stories/', 'en')).toBe('/og/en.jpg');
		expect(ogImagePath('/en/stories/2/', 'en')).toBe('/og/en.jpg');
		expect(ogImagePath('/404/', 'it')).toBe('/og/it.jpg');
	});
});

describe('share card rendering', () => {
	const card: OgCard = { lang: 'it', title: 'La fornace dei Fontana </script> & "più" 🎉', kicker: 'Distretto ceramico di Sassuolo', label: 'Storia', siteName: 'Trame' };
	const cover = join(process.cwd(), 'content/media/la-fornace-dei-fontana.jpg');
	const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
	afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

	it('is a 1200×630 JPEG, byte-identical for the same input', async () => {
		const bytes = await readFile(cover).catch(() => undefined);
		const first = await renderCard(card, bytes);
		const second = await renderCard(card, bytes);
		expect(first.equals(second)).toBe(true);
		expect(await sharp(first).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
		const other = await renderCard({ ...card, title: 'Another title' }, bytes);
		expect(other.equals(first)).toBe(false);
	});

	it('renders a changed page again and reuses an unchanged one', async () => {
		const stats: CardCache = { hits: 0, misses: 0 };
		const first = await readFile(await cardFile(card, undefined, cacheDir, stats));
		const again = await readFile(await cardFile(card, undefined, cacheDir, stats));
		await cardFile({ ...card, kicker: 'Prato' }, undefined, cacheDir, stats);
		expect(stats).toEqual({ hits: 1, misses: 2 });
		expect(again.equals(first)).toBe(true);
		expect(readdirSync(cacheDir).filter((name) => name.endsWith('.jpg'))).toHaveLength(2);
	});

	it('renders a card again when its photo file is replaced', async () => {
		const stats: CardCache = { hits: 0, misses: 0 };
		const photo = join(cacheDir, 'photo.jpg');
		writeFileSync(photo, await sharp({ create: { width: 800, height: 500, channels: 3, background: '#336699' } }).jpeg().toBuffer());
		const before = await cardFile(card, photo, cacheDir, stats);
		const replacement = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#993366' } }).jpeg().toBuffer();
		writeFileSync(photo, replacement);
		const after = await cardFile(card, photo, cacheDir, stats);
		expect(stats).toEqual({ hits: 0, misses: 2 });
		expect(after).not.toBe(before);
		// Drawn from the new photo, not from the old one kept in memory for the page's other language.
		expect(readFileSync(after).equals(await renderCard(card, replacement))).toBe(true);
	});

	it('leaves the top of the photo as it is and fades its foot to ink, under the light text', async () => {
		const white = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#ffffff' } }).jpeg().toBuffer();
		const { data, info } = await sharp(await renderCard({ ...card, title: 'Breve' }, white)).raw().toBuffer({ resolveWithObject: true });
		const brightness = (x: number, y: number) => {
			const at = (y * info.width + x) * info.channels;
			return (data[at]! + data[at + 1]! + data[at + 2]!) / 3;
		};
		expect(brightness(600, 20)).toBeGreaterThan(245);
		// The bottom-right corner holds no text: only the fade, 92 % ink there.
		expect(brightness(1190, 625)).toBeLessThan(60);
		expect(brightness(600, 315)).toBeLessThan(brightness(600, 150));
	});

	/** Light (text) pixels per band of rows of a card rendered on a black photo. */
	async function lightRows(input: OgCard) {
		const black = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#000000' } }).jpeg().toBuffer();
		const { data, info } = await sharp(await renderCard(input, black)).raw().toBuffer({ resolveWithObject: true });
		return (fromRow: number, toRow: number) => {
			let count = 0;
			for (let at = fromRow * info.width * 3; at < toRow * info.width * 3; at += 3) if (data[at]! + data[at + 1]! + data[at + 2]! > 600) count++;
			return count;
		};
	}

	it('draws the light text in the lower band and nothing above it', async () => {
		const lightPixels = await lightRows(card);
		expect(lightPixels(0, 210)).toBe(0);
		// Title, kicker and site name: thousands of light pixels, not a stray few.
		expect(lightPixels(210, 630)).toBeGreaterThan(5000);
	});

	it('sets the longest title the schema allows in full, within the text band', async () => {
		const longest = 'Ceramica, smalti, stampi: tre generazioni di piastrellisti tra Sassuolo e Fiorano Modenese';
		expect(longest.length).toBe(TITLE_MAX);
		const lightPixels = await lightRows({ ...card, title: longest });
		expect(lightPixels(0, 210)).toBe(0);
		// Three lines of title, more ink than the short title's one line.
		expect(lightPixels(210, 630)).toBeGreaterThan((await lightRows({ ...card, title: 'Breve' }))(210, 630) * 2);
	});

	it('sets text in the fonts the markup names, unpacked from the @fontsource WOFF files', async () => {
		const markup = cardMarkup(card);
		const families = [...new Set([...[markup.kicker, markup.title(60), markup.row].join('').matchAll(/font_family="([^"]+)"/g)].map((match) => match[1]!))];
		expect(families).toEqual(['Source Sans 3 SemiBold', 'Fraunces SemiBold']);
		const fonts = ['@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff', '@fontsource/fraunces/files/fraunces-latin-600-normal.woff'];
		const dir = mkdtempSync(join(tmpdir(), 'fonts-'));
		try {
			for (const [index, family] of families.entries()) {
				const fontfile = join(dir, `${index}.ttf`);
				writeFileSync(fontfile, woffToSfnt(readFileSync(require.resolve(fonts[index]!))));
				const width = async (name: string) => (await sharp({ text: { text: `<span font_family="${name}">Trame, storie di imprese</span>`, fontfile, dpi: 72 } }).metadata()).width;
				// Pango falls back silently to another font when a family is unknown: the widths tell them apart.
				expect(await width(family), family).not.toBe(await width('No Such Family'));
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('escapes text for Pango markup, so a title can hold any character', () => {
		expect(escapeMarkup(`Tom & Jerry's <b>"bottega"</b>`)).toBe('Tom &#38; Jerry&#39;s &#60;b&#62;&#34;bottega&#34;&#60;/b&#62;');
		expect(cardMarkup({ ...card, title: '</span><span size="900pt">' }).title(60)).not.toContain('</span><span');
	});

	it('rejects a font file that is not WOFF 1.0', () => {
		expect(() => woffToSfnt(Buffer.from('wOF2 and then some bytes that are not a font at all'))).toThrow(/not a WOFF 1\.0 font/);
	});

	// /proc/<pid>/stat after the command: state, parent pid, … and the nice value 16 fields on.
	const proc = (pid: string, file: string) => {
		try {
			return readFileSync(`/proc/${pid}/${file}`, 'utf8');
		} catch {
			return ''; // ended while we looked
		}
	};
	const stat = (pid: string) => proc(pid, 'stat').replace(/^.*\) /, '').split(' ');
	const cardProcesses = () => readdirSync('/proc').filter((pid) => /^\d+$/.test(pid) && stat(pid)[1] === String(process.pid) && proc(pid, 'cmdline').includes('share-card-process.ts'));

	/** A project folder with the cover in content/media, and the site folder the stage copies cards into. */
	function project() {
		const root = mkdtempSync(join(tmpdir(), 'og-stage-'));
		mkdirSync(join(root, 'content/media'), { recursive: true });
		cpSync(cover, join(root, 'content/media/cover.jpg'));
		return { root, site: join(root, 'site'), cleanup: () => rmSync(root, { recursive: true, force: true }) };
	}

	it('draws the cards in one process at the lowest priority, into the cache, and puts them into the site', async () => {
		const { root, site, cleanup } = project();
		const cards = Array.from({ length: 4 }, (_, index) => ({ path: `it/storie/storia-${index}`, card: { ...card, title: `Storia ${index}` }, cover: 'cover.jpg' }));
		const stage = startShareCards(root, cards);
		try {
			// Until the fork has become the card process, /proc still shows the test's own command line.
			const drawing = await vi.waitFor(() => {
				const found = cardProcesses();
				expect(found).toHaveLength(1);
				return found;
			});
			// 19 yields to every other process.
			// Lowered as the process starts, which on a busy machine takes Node a while.
			await vi.waitFor(() => expect(stat(drawing[0]!)[16]).toBe('19'), { timeout: 20_000 });
			// At nice 19 it waits for every other test file running beside it.
			expect(await stage.publish(site)).toEqual({ cards: cards.length, drawn: cards.length });
			expect(readdirSync(join(root, '.cache/og')).filter((name) => name.endsWith('.jpg'))).toHaveLength(cards.length);
			for (const { path, card: drawn } of cards) expect(readFileSync(join(site, 'og', `${path}.jpg`)).equals(await renderCard(drawn, await readFile(cover)))).toBe(true);
		} finally {
			stage.stop();
			cleanup();
		}
	}, 60_000);

	it('names every card it could not draw, and the build then fails', async () => {
		const { root, site, cleanup } = project();
		const stage = startShareCards(root, [
			{ path: 'it/storie/buona', card, cover: 'cover.jpg' },
			{ path: 'it/storie/senza-foto', card, cover: 'gone.jpg' },
		]);
		try {
			await expect(stage.publish(site)).rejects.toThrow(/og\/it\/storie\/senza-foto\.jpg: .*gone\.jpg/);
		} finally {
			stage.stop();
			cleanup();
		}
	}, 60_000);

	it('accepts transparent and greyscale covers and still gives a colour JPEG', async () => {
		const transparent = await sharp({ create: { width: 900, height: 900, channels: 4, background: { r: 200, g: 80, b: 40, alpha: 0 } } }).png().toBuffer();
		const greyscale = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#888888' } }).greyscale().jpeg().toBuffer();
		for (const cover of [transparent, greyscale]) {
			expect(await sharp(await renderCard(card, cover)).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630, channels: 3 });
		}
	});

	it('cuts text wider than the picture at its edge instead of spilling into the next row', () => {
		const pixels = new Uint8Array(4 * 2 * 3);
		const wideWhiteLine = { pixels: Buffer.alloc(6 * 1 * 4, 255), width: 6, height: 1 };
		blendText(pixels, 4, 2, wideWhiteLine, 0, 0);
		expect([...pixels.subarray(0, 12)].every((value) => value === 255)).toBe(true);
		expect([...pixels.subarray(12)].every((value) => value === 0)).toBe(true);
	});

	it('drops emoji, for which no font is bundled, and keeps every other character', () => {
		expect(cardText('Più 🎉 caffè 👩‍🔧 & </script>')).toBe('Più caffè & </script>');
	});
});
