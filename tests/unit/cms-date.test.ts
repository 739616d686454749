import { describe, expect, it } from 'vitest';
import { isSavableDate, shownDate, storedDate } from '../../cms/italian-date.ts';

describe('the CMS date field', () => {
	it('shows a stored date in the Italian order and stores what the editor types as YYYY-MM-DD', () => {
		expect(shownDate('2026-03-14')).toBe('14/03/2026');
		expect(storedDate('14/03/2026')).toBe('2026-03-14');
		expect(storedDate('4/3/2026')).toBe('2026-03-04');
		expect(storedDate(' 14.03.2026 ')).toBe('2026-03-14');
		expect(shownDate(storedDate('29/02/2028')!)).toBe('29/02/2028');
	});

	it('keeps text still being typed as it is, and refuses to save it', () => {
		for (const typing of ['1', '14/0', '14/03/20', '14/03/2026x']) {
			expect(storedDate(typing)).toBeUndefined();
			expect(shownDate(typing)).toBe(typing);
			expect(isSavableDate(typing)).toBe(false);
		}
		expect(isSavableDate('')).toBe(true);
		expect(isSavableDate('2026-03-14')).toBe(true);
	});

	it('refuses days that are not on the calendar and the American order', () => {
		expect(storedDate('31/04/2026')).toBeUndefined();
		expect(storedDate('29/02/2026')).toBeUndefined();
		expect(storedDate('03/14/2026')).toBeUndefined();
	});
});
