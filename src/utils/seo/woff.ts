/**
 * WOFF 1.0 → TrueType/OpenType. Share cards set their text with Pango (inside
 * sharp), which finds fonts through fontconfig, and fontconfig does not read
 * WOFF, the only formats @fontsource ships besides WOFF2. A WOFF 1.0 file is
 * the font's own tables, each zlib-compressed when that made it smaller,
 * behind a 44-byte header (https://www.w3.org/TR/WOFF/), so undoing it is a
 * few lines of node:zlib rather than a font-editing library.
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const WOFF_HEADER = 44;
const WOFF_TABLE_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_TABLE_RECORD = 16;

/** The font inside a WOFF 1.0 file, as the sfnt (TTF/OTF) bytes it was made from. */
export function woffToSfnt(woff: Buffer): Buffer {
	if (woff.length < WOFF_HEADER || woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font (WOFF2 needs a Brotli decoder)');
	const flavor = woff.readUInt32BE(4);
	const numTables = woff.readUInt16BE(12);
	const tables = Array.from({ length: numTables }, (_, index) => {
		const entry = WOFF_HEADER + index * WOFF_TABLE_ENTRY;
		const offset = woff.readUInt32BE(entry + 4);
		const compressedLength = woff.readUInt32BE(entry + 8);
		const length = woff.readUInt32BE(entry + 12);
		const stored = woff.subarray(offset, offset + compressedLength);
		return { tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data: compressedLength < length ? inflateSync(stored) : stored };
	});

	// The sfnt header's binary-search hints, as the OpenType spec defines them.
	const entrySelector = Math.floor(Math.log2(numTables));
	const searchRange = 2 ** entrySelector * SFNT_TABLE_RECORD;
	const header = Buffer.alloc(SFNT_HEADER + numTables * SFNT_TABLE_RECORD);
	header.writeUInt32BE(flavor, 0);
	header.writeUInt16BE(numTables, 4);
	header.writeUInt16BE(searchRange, 6);
	header.writeUInt16BE(entrySelector, 8);
	header.writeUInt16BE(numTables * SFNT_TABLE_RECORD - searchRange, 10);

	const parts: Buffer[] = [header];
	let offset = header.length;
	tables.forEach(({ tag, checksum, data }, index) => {
		const record = SFNT_HEADER + index * SFNT_TABLE_RECORD;
		header.writeUInt32BE(tag, record);
		header.writeUInt32BE(checksum, record + 4);
		header.writeUInt32BE(offset, record + 8);
		header.writeUInt32BE(data.length, record + 12);
		// Every table starts on a four-byte boundary.
		const padding = Buffer.alloc((4 - (data.length % 4)) % 4);
		parts.push(data, padding);
		offset += data.length + padding.length;
	});
	return Buffer.concat(parts);
}
