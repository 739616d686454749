/**
 * Reads Pagefind's index files back, for comparing two builds of the same
 * site. Pagefind writes a filter's values in its hash map's order, which
 * changes from run to run, and names each file after a hash of its bytes; so
 * two indexes of the same pages differ in the bytes and names of their filter
 * files and of the files naming them (`pagefind.<lang>_<hash>.pf_meta`,
 * `pagefind-entry.json`), while holding the same data. `canonicalPagefind`
 * decodes those files (gzipped CBOR after a `pagefind_dcd` signature) into
 * plain values with maps sorted by key and filter file names replaced by
 * their content, so equal indexes compare equal and any other difference
 * still shows.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** A minimal CBOR decoder: the integers, strings, arrays and maps Pagefind writes, maps sorted by key. */
function decodeCbor(bytes: Buffer): unknown {
	let at = 0;
	const length = (info: number): number => {
		if (info < 24) return info;
		const size = 2 ** (info - 24);
		const value = Number(bytes.readUIntBE(at, Math.min(size, 6)));
		at += size;
		return value;
	};
	const item = (): unknown => {
		const head = bytes[at++]!;
		const [major, info] = [head >> 5, head & 31];
		switch (major) {
			case 0:
				return length(info);
			case 1:
				return -1 - length(info);
			case 2:
			case 3: {
				const size = length(info);
				const slice = bytes.subarray(at, (at += size));
				return major === 3 ? slice.toString('utf8') : slice.toString('hex');
			}
			case 4: {
				const items = Array.from({ length: length(info) }, item);
				// A filter's `[value, pages]` pairs come in hash-map order: sorted, they compare by what they say.
				const pairs = items.length > 0 && items.every((inner) => Array.isArray(inner) && typeof inner[0] === 'string');
				return pairs ? items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : items;
			}
			case 5: {
				const entries: [string, unknown][] = Array.from({ length: length(info) }, () => [JSON.stringify(item()), item()]);
				return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
			}
			case 7:
				return info === 20 ? false : info === 21 ? true : null;
			default:
				throw new Error(`CBOR major type ${major} is not in Pagefind's files`);
		}
	};
	return item();
}

/** The data of one of Pagefind's binary files (index, fragment, filter, meta); throws if the file is cut short or not Pagefind's. */
export function decodePagefindFile(file: string): unknown {
	const raw = gunzipSync(readFileSync(file));
	if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${file} is not a Pagefind file`);
	return decodeCbor(raw.subarray(SIGNATURE.length));
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** The files whose names and bytes depend on the filters' order, as data; every other file of `pagefind/` is left to a byte comparison. */
export function canonicalPagefind(site: string): { files: string[]; data: unknown } {
	const folder = join(site, 'pagefind');
	const filters = readdirSync(join(folder, 'filter')).sort();
	const byHash = new Map<string, string>();
	const filterData = filters.map((name) => {
		const value = decodePagefindFile(join(folder, 'filter', name));
		byHash.set(name.replace(/\.pf_filter$/, ''), `filter:${digest(value)}`);
		return value;
	});
	const rename = (value: unknown): unknown => (typeof value === 'string' ? (byHash.get(value) ?? value) : Array.isArray(value) ? value.map(rename) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rename(inner)])) : value);
	const metas = readdirSync(folder).filter((name) => name.endsWith('.pf_meta')).sort();
	const metaData = Object.fromEntries(metas.map((name) => [name.replace(/^pagefind\.(\w+?)_.*$/, '$1'), rename(decodePagefindFile(join(folder, name)))]));
	const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8'));
	for (const language of Object.values(entry.languages) as { hash: string }[]) language.hash = '(the meta file of the language)';
	return {
		files: [...filters.map((name) => `pagefind/filter/${name}`), ...metas.map((name) => `pagefind/${name}`), 'pagefind/pagefind-entry.json'],
		data: { filters: filterData.map(digest).sort(), meta: metaData, entry },
	};
}
