import { describe, expect, it } from 'vitest';
import { hasCriteria, parseSearchState, safeExcerpt, serializeSearchState, toPagefindFilters, translateState } from '../../src/utils/search-state.ts';

describe('search state in the URL', () => {
	it('reads the query, repeated filters and the sort order', () => {
		expect(parseSearchState('?q=+ceramica+&district=Sassuolo&district=Prato&type=Storia&sort=date&utm=x')).toEqual({
			query: 'ceramica',
			filters: { district: ['Sassuolo', 'Prato'], type: ['Storia'] },
			sort: 'date',
		});
	});

	it('round-trips through the query string, so a shared link shows the same results', () => {
		const state = parseSearchState('?q=l%27impresa&tag=citt%C3%A0&kind=Impresa');
		expect(parseSearchState(serializeSearchState(state))).toEqual(state);
		expect(serializeSearchState({ query: '', filters: {}, sort: 'relevance' })).toBe('');
	});

	it('knows when there is nothing to search for', () => {
		expect(hasCriteria(parseSearchState(''))).toBe(false);
		expect(hasCriteria(parseSearchState('?type=Storia'))).toBe(true);
	});

	it('asks Pagefind for any chosen value within a filter', () => {
		expect(toPagefindFilters({ district: ['A', 'B'], tag: [] })).toEqual({ district: { any: ['A', 'B'] } });
	});
});

describe('safeExcerpt', () => {
	it('keeps the highlight marks and nothing else', () => {
		expect(safeExcerpt('La <mark>città</mark> &amp; il <script>alert(1)</script>')).toBe('La <mark>città</mark> &amp; il &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(safeExcerpt('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
	});
});

describe('the same search in another language', () => {
	it('keeps the words and order and names each filter in the other language, dropping what it cannot name', () => {
		const state = parseSearchState('?q=ceramica&type=Storia&district=Distretto+orafo+di+Vicenza&tag=oreficeria&sort=date');
		const english = translateState(state, { type: { Storia: 'Story' }, district: { 'Distretto orafo di Vicenza': 'Vicenza Gold and Jewellery District' } });
		expect(serializeSearchState(english)).toBe('?q=ceramica&type=Story&district=Vicenza+Gold+and+Jewellery+District&sort=date');
	});
});
