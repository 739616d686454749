import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseHeap, FLOOR_MEGABYTES, neededHeap, outsideHeap, siteSize, tooLargeMessage } from '../../scripts/lib/heap.ts';

const SMALL = { stories: 40, businesses: 16 };
const LARGE = { stories: 10_000, businesses: 1_000 };
const HUGE = { stories: 200_000, businesses: 20_000 };
const MACHINE = 19_000;

describe('the heap the build gives Astro', () => {
	it('lets an explicit --max-old-space-size in NODE_OPTIONS decide, whatever the site', () => {
		expect(chooseHeap(HUGE, 2_000, '--max-old-space-size=3072').kind).toBe('explicit');
		expect(chooseHeap(SMALL, MACHINE, '--enable-source-maps').kind).toBe('chosen');
	});

	it('keeps a small site on the floor, so garbage does not pile up on a large machine', () => {
		expect(chooseHeap(SMALL, MACHINE)).toMatchObject({ kind: 'chosen', megabytes: FLOOR_MEGABYTES });
	});

	it('grows with the site, past the old fixed heap that 5,000 stories per language outgrew', () => {
		const large = chooseHeap(LARGE, MACHINE);
		expect(large.kind).toBe('chosen');
		if (large.kind !== 'chosen') return;
		expect(large.megabytes).toBeGreaterThan(FLOOR_MEGABYTES);
		expect(large.megabytes).toBeGreaterThanOrEqual(neededHeap(LARGE));
		expect(neededHeap(LARGE)).toBeGreaterThan(neededHeap({ stories: 5_000, businesses: 1_000 }));
	});

	it('never asks for more than the machine has beside the rest of the build', () => {
		const needed = neededHeap(LARGE);
		const tight = chooseHeap(LARGE, needed + outsideHeap(LARGE) + 10);
		expect(tight).toMatchObject({ kind: 'chosen' });
		if (tight.kind === 'chosen') expect(tight.megabytes).toBeLessThanOrEqual(needed + 10);
	});

	it('refuses before rendering a site the machine cannot hold, and says what to do', () => {
		const choice = chooseHeap(HUGE, 4_000);
		expect(choice.kind).toBe('too-large');
		if (choice.kind !== 'too-large') return;
		const message = tooLargeMessage(HUGE, choice);
		expect(message).toContain('200000 stories');
		expect(message).toContain('4000 MB are available');
		expect(message).toContain('NODE_OPTIONS=--max-old-space-size=');
	});
});

describe('the size the heap is chosen from', () => {
	const root = mkdtempSync(join(tmpdir(), 'trame-heap-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('counts story files of every language and business files, nothing else', () => {
		for (const lang of ['it', 'en']) mkdirSync(join(root, 'content', 'stories', lang), { recursive: true });
		mkdirSync(join(root, 'content', 'businesses'), { recursive: true });
		for (const file of ['it/a.mdx', 'it/b.mdx', 'en/a.mdx', 'en/notes.txt']) writeFileSync(join(root, 'content', 'stories', file), '');
		writeFileSync(join(root, 'content', 'businesses', 'a.yaml'), '');
		expect(siteSize(root)).toEqual({ stories: 3, businesses: 1 });
		expect(siteSize(join(root, 'missing'))).toEqual({ stories: 0, businesses: 0 });
	});
});
