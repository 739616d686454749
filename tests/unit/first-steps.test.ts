import { describe, expect, it } from 'vitest';
import { firstSteps } from '../../scripts/lib/first-steps.ts';

const none = { districts: 0, businesses: 0, authors: 0, stories: 0 };
const steps = (lines: string[]) => lines.filter((line) => /^\s+\d\./.test(line)).map((line) => line.replace(/^\s+\d\. (\w+ \w+).*$/, '$1'));

describe('the first steps of an empty portal', () => {
	it('lists district, author, business and story, in the order a story needs them', () => {
		expect(steps(firstSteps(none))).toEqual(['a district', 'an author', 'a business', 'a story']);
	});

	it('drops what already exists and renumbers the rest', () => {
		const lines = firstSteps({ ...none, districts: 1, authors: 2 });
		expect(steps(lines)).toEqual(['a business', 'a story']);
		expect(lines.some((line) => line.startsWith('  1. a business'))).toBe(true);
	});

	it('says nothing once a story exists', () => {
		expect(firstSteps({ ...none, stories: 1 })).toEqual([]);
	});
});
