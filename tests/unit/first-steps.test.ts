import { describe, expect, it } from 'vitest';
import { firstSteps } from '../../scripts/lib/first-steps.ts';

const none = { topics: 0, districts: 0, businesses: 0, authors: 0, stories: 0 };
const steps = (lines: string[]) => lines.filter((line) => /^\s+\d\./.test(line)).map((line) => line.replace(/^\s+\d\. (\w+ \w+).*$/, '$1'));

describe('the first steps of an empty portal', () => {
	it('lists topic, district, author, business and story, in the order a story needs them', () => {
		expect(steps(firstSteps(none))).toEqual(['a topic', 'a district', 'an author', 'a business', 'a story']);
	});

	it('drops what already exists and renumbers the rest', () => {
		const lines = firstSteps({ ...none, topics: 3, districts: 1, authors: 2 });
		expect(steps(lines)).toEqual(['a business', 'a story']);
		expect(lines.some((line) => line.startsWith('  1. a business'))).toBe(true);
	});

	it('says nothing once a story exists', () => {
		expect(firstSteps({ ...none, stories: 1 })).toEqual([]);
	});
});
