/**
 * The filter checkboxes: drawn once from what the index offers, then their
 * counts updated with every search. Real checkboxes in fieldsets, so screen
 * readers and keyboards need nothing special.
 */
import { filterCountLabel, filterGroups, type FilterCounts } from '../../utils/search-filters.ts';
import type { FilterKey, SearchState } from '../../utils/search-state.ts';

/** Draws a fieldset per filter into `box`, ticking the values `state` has chosen. */
export function renderFilters(box: HTMLElement, details: HTMLDetailsElement, available: FilterCounts, state: SearchState, labels: Record<FilterKey, string>): void {
	box.replaceChildren();
	for (const { key, values } of filterGroups(available, document.documentElement.lang)) {
		const fieldset = document.createElement('fieldset');
		const legend = document.createElement('legend');
		legend.textContent = labels[key];
		fieldset.append(legend);
		for (const value of values) {
			const label = document.createElement('label');
			const checkbox = document.createElement('input');
			checkbox.type = 'checkbox';
			checkbox.name = key;
			checkbox.value = value;
			checkbox.checked = state.filters[key]?.includes(value) ?? false;
			const count = document.createElement('span');
			count.className = 'count';
			count.dataset.filterCount = `${key}\u0000${value}`;
			label.append(checkbox, document.createTextNode(` ${value} `), count);
			fieldset.append(label);
		}
		box.append(fieldset);
	}
	details.hidden = box.childElementCount === 0;
	// Wide screens show the filters beside the results; phones keep them folded above.
	details.open = matchMedia('(min-width: 60rem)').matches || Object.keys(state.filters).length > 0;
}

/** Writes each value's count for the current search next to its checkbox. */
export function updateCounts(box: HTMLElement, counts: FilterCounts): void {
	for (const span of box.querySelectorAll<HTMLElement>('[data-filter-count]')) {
		const [key = '', value = ''] = (span.dataset.filterCount ?? '').split('\u0000');
		span.textContent = filterCountLabel(counts, key, value);
	}
}

/** The state after a checkbox in the filters changed. */
export function withToggledFilter(state: SearchState, checkbox: HTMLInputElement): SearchState {
	const key = checkbox.name as FilterKey;
	const chosen = new Set(state.filters[key] ?? []);
	if (checkbox.checked) chosen.add(checkbox.value);
	else chosen.delete(checkbox.value);
	const filters = { ...state.filters, [key]: [...chosen] };
	if (chosen.size === 0) delete filters[key];
	return { ...state, filters };
}
