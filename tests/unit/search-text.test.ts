import { describe, expect, it } from 'vitest';
import { curlyApostrophes, plainApostrophes } from '../../src/utils/search-text.ts';

describe('apostrophes between search and pages', () => {
	it('makes elisions plain, whichever apostrophe a page or a phone keyboard wrote', () => {
		expect(plainApostrophes('l’impasto, dell‘Ottocento, Sant`Elpidio, po’ di')).toBe("l'impasto, dell'Ottocento, Sant'Elpidio, po’ di");
	});

	it('leaves quotes that are not between letters alone', () => {
		expect(plainApostrophes('‘virgolette’ e «caporali»')).toBe('‘virgolette’ e «caporali»');
	});

	it('prints excerpts with the typographic apostrophe the pages use, marks untouched', () => {
		expect(curlyApostrophes("<mark>l'impasto</mark> di Sant'Elpidio, 'quoted'")).toBe("<mark>l’impasto</mark> di Sant’Elpidio, 'quoted'");
	});
});
