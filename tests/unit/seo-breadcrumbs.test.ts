import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from '../../src/utils/seo/breadcrumbs.ts';

const paths = (path: string) => breadcrumbTrail(path).map((step) => `${step.kind} ${step.path}`);

describe('breadcrumbTrail', () => {
	it('goes home → section → entry for an entry page', () => {
		expect(paths('/en/stories/la-fornace-dei-fontana/')).toEqual(['home /en/', 'section /en/stories/', 'entry /en/stories/la-fornace-dei-fontana/']);
	});

	it('ends at the numbered page for paginated indexes and entries', () => {
		expect(paths('/it/storie/2/')).toEqual(['home /it/', 'section /it/storie/', 'page /it/storie/2/']);
		expect(paths('/it/distretti/sassuolo/2/')).toEqual(['home /it/', 'section /it/distretti/', 'entry /it/distretti/sassuolo/', 'page /it/distretti/sassuolo/2/']);
	});

	it('skips the index of sections that have none', () => {
		expect(paths('/it/autori/giulia-ferri/')).toEqual(['home /it/', 'entry /it/autori/giulia-ferri/']);
	});

	it('is only the home for a home page and empty outside the language folders', () => {
		expect(paths('/it/')).toEqual(['home /it/']);
		expect(paths('/en/search/')).toEqual(['home /en/', 'section /en/search/']);
		expect(paths('/404/')).toEqual([]);
	});
});
