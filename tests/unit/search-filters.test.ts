import { describe, expect, it } from 'vitest';
import { filterCountLabel, filterGroups, resultStatus } from '../../src/utils/search-filters.ts';

describe('search filters', () => {
	it('offers the keys in a fixed order, districts alphabetical in the reader language, topics most used first, empty keys left out', () => {
		const groups = filterGroups({ tag: { zucchero: 1, Ávila: 2, cotone: 3, lana: 2 }, district: { Prato: 4, Biella: 1 }, kind: {}, unknown: { x: 1 } }, 'it');
		expect(groups).toEqual([
			{ key: 'district', values: ['Biella', 'Prato'] },
			{ key: 'tag', values: ['cotone', 'Ávila', 'lana', 'zucchero'] },
		]);
	});

	it('shows how many results a filter would leave, zero when none', () => {
		expect(filterCountLabel({ district: { Prato: 4 } }, 'district', 'Prato')).toBe('(4)');
		expect(filterCountLabel({ district: { Prato: 4 } }, 'district', 'Biella')).toBe('(0)');
		expect(filterCountLabel({}, 'type', 'Storia')).toBe('(0)');
	});
});

describe('result status', () => {
	const strings = { none: 'Nessun risultato', one: '1 risultato', many: '{count} risultati' };
	it('names none, one and many, with the number as the language writes it', () => {
		expect(resultStatus(0, strings, 'it')).toBe('Nessun risultato');
		expect(resultStatus(1, strings, 'it')).toBe('1 risultato');
		expect(resultStatus(12000, strings, 'it')).toBe('12.000 risultati');
		expect(resultStatus(2000, { ...strings, many: '{count} results' }, 'en')).toBe('2,000 results');
	});
});
