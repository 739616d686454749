/**
 * How much JavaScript heap the Astro process gets. Node sizes its heap from
 * the machine's RAM: on a large machine garbage piles up to gigabytes before
 * it is collected, on a small one a large site runs out. So the build asks
 * for what the site it is about to build needs, with room to spare, and never
 * less than a floor that keeps small sites fast; an explicit
 * `--max-old-space-size` in NODE_OPTIONS always wins. Where the machine
 * cannot give what the site needs, the build says so before it renders
 * anything, instead of dying of it minutes later.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What the build is about to render, counted from the content files. */
export interface SiteSize {
	/** Story files of every language, drafts included (the check reads them all). */
	stories: number;
	businesses: number;
}

export type HeapChoice =
	| { kind: 'explicit' }
	| { kind: 'chosen'; megabytes: number; neededMegabytes: number }
	| { kind: 'too-large'; neededMegabytes: number; availableMegabytes: number };

/**
 * The live heap Astro holds at its largest, as a line through what the
 * benchmark's generated sites held after a full collection (bench/results.md,
 * "Memory"): a fixed part for Astro, Vite and the integrations, and a part per
 * page-bearing entry. Businesses count like stories until a site with many
 * businesses and few stories measures them apart.
 */
export const HEAP_MODEL = { fixedMegabytes: 110, perEntryMegabytes: 0.125 };
/** A heap this much larger than the live set collects seldom enough not to slow the build. */
export const HEADROOM = 1.5;
/** Below this the collector runs so often that small sites build slower; the fixed heap of the old build. */
export const FLOOR_MEGABYTES = 1536;
/**
 * Memory the build holds outside Astro's heap at the same time (Vite's
 * bundler, sharp's image pipeline, the share-card process, Pagefind after
 * Astro), from the whole process tree's peak in the benchmark less the heap.
 */
export const OUTSIDE_HEAP_MODEL = { fixedMegabytes: 500, perEntryMegabytes: 0.15 };

const entries = (size: SiteSize) => size.stories + size.businesses;

/** Memory, in MB, the build needs beside Astro's heap. */
export function outsideHeap(size: SiteSize): number {
	return Math.ceil(OUTSIDE_HEAP_MODEL.fixedMegabytes + OUTSIDE_HEAP_MODEL.perEntryMegabytes * entries(size));
}

/** The live heap, in MB, that a site of this size needs at the build's peak. */
export function neededHeap(size: SiteSize): number {
	return Math.ceil(HEAP_MODEL.fixedMegabytes + HEAP_MODEL.perEntryMegabytes * entries(size));
}

/**
 * Chooses Astro's heap from the site's size and the memory the machine can
 * give (`availableMegabytes`, e.g. from `process.availableMemory()`, which
 * honours a container's limit).
 */
export function chooseHeap(size: SiteSize, availableMegabytes: number, nodeOptions = ''): HeapChoice {
	if (/--max-old-space-size/.test(nodeOptions)) return { kind: 'explicit' };
	const neededMegabytes = neededHeap(size);
	const roomForHeap = availableMegabytes - outsideHeap(size);
	if (neededMegabytes > roomForHeap) return { kind: 'too-large', neededMegabytes, availableMegabytes };
	const megabytes = Math.round(Math.min(roomForHeap, Math.max(FLOOR_MEGABYTES, neededMegabytes * HEADROOM)));
	return { kind: 'chosen', megabytes, neededMegabytes };
}

/** The message a build that cannot fit prints before it starts. */
export function tooLargeMessage(size: SiteSize, choice: Extract<HeapChoice, { kind: 'too-large' }>): string {
	return [
		`This machine cannot hold the build of this site: ${size.stories} stories and ${size.businesses} businesses need about ${choice.neededMegabytes + outsideHeap(size)} MB of memory, and ${choice.availableMegabytes} MB are available.`,
		'Build on a machine (or a deploy setting) with more memory, or stop other programs that hold it.',
		'To try anyway with a heap of your choice: NODE_OPTIONS=--max-old-space-size=<MB> npm run build',
	].join('\n');
}

/** Counts the files the build will render from, cheaply, before anything is parsed. */
export function siteSize(root: string): SiteSize {
	const files = (folder: string, extension: string): string[] => {
		const path = join(root, 'content', folder);
		return existsSync(path) ? readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith(extension)) : [];
	};
	return { stories: files('stories', '.mdx').length, businesses: files('businesses', '.yaml').length };
}
