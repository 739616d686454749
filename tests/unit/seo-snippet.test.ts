import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { snippet, SNIPPET_MAX } from '../../src/utils/seo/snippet.ts';

const business = 'Ceramiche Fontana, Fiorano Modenese (MO). Piastrelle in gres porcellanato e bicottura smaltata a mano in piccole serie, per cucine, bagni e negozi. Molti clienti preferiscono';

describe('snippet', () => {
	it('keeps a description that fits, on one line', () => {
		expect(snippet('  Storie di imprese\n e territori  ')).toBe('Storie di imprese e territori');
		const exact = 'x'.repeat(SNIPPET_MAX);
		expect(snippet(exact)).toBe(exact);
	});

	it('cuts a long one after a whole word, with an ellipsis, within 160 characters', () => {
		const cut = snippet(business);
		expect(cut.length).toBeLessThanOrEqual(SNIPPET_MAX);
		expect(cut.endsWith('…')).toBe(true);
		expect(business.startsWith(cut.slice(0, -1))).toBe(true);
		expect(business[cut.length - 1]).toMatch(/[\s,.]/);
		expect(cut).not.toMatch(/clienti p…$/);
	});

	it('drops the punctuation a cut leaves at the end', () => {
		expect(snippet('Uno, due, tre, quattro', 12)).toBe('Uno, due…');
		expect(snippet('Prato. Lana che ritorna', 10)).toBe('Prato…');
	});

	it('never cuts a word, for any text', () => {
		const word = fc.stringMatching(/^[a-zà-ù]{1,20}$/);
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.integer({ min: 30, max: 200 }), (words, max) => {
				const text = words.join(' ');
				const cut = snippet(text, max);
				expect(cut.length).toBeLessThanOrEqual(max);
				if (text.length <= max) expect(cut).toBe(text);
				else expect(words.slice(0, cut.split(' ').length).join(' ')).toBe(cut.slice(0, -1));
			}),
		);
	});
});
