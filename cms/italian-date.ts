/**
 * Dates as an Italian editor reads and types them (14/03/2026), stored as the
 * YYYY-MM-DD text the schema checks. The browser's own date input would show
 * the order of the computer's language (03/14/2026 on an English system).
 */

const STORED = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

/** Whether day, month and year name a day of the calendar (no 31 April). */
function isCalendarDay(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** What the field shows for a stored value: DD/MM/YYYY for a stored date, anything else as it is (text still being typed). */
export function shownDate(value: string): string {
	const parts = STORED.exec(value);
	return parts ? `${parts[3]}/${parts[2]}/${parts[1]}` : value;
}

/** The YYYY-MM-DD to store for what the editor typed, or undefined until it is a whole, real date. */
export function storedDate(typed: string): string | undefined {
	const parts = TYPED.exec(typed);
	if (!parts) return undefined;
	const [day, month, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
	if (!isCalendarDay(year, month, day)) return undefined;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a value may be saved: empty (presence is another rule's business) or a stored date. */
export const isSavableDate = (value: string) => value === '' || STORED.test(value);

/** The message under a date the editor has not finished or mistyped. */
export const DATE_MESSAGE = 'Scrivi la data come giorno/mese/anno, per esempio 14/03/2026.';
