import { describe, expect, it } from 'vitest';
import { businessCard, directoryViews, receivingFirst, visitKinds } from '../../src/utils/directory.ts';
import type { Business } from '../../src/schemas/content.ts';
import { directionsLinks } from '../../src/utils/maps.ts';
import { parseUrl } from '../../src/utils/routes.ts';

const topics = new Map([
	['ceramica', { id: 'ceramica', data: { name: { it: 'Ceramica', en: 'Ceramics', de: 'Keramik' } } }],
	['tessile', { id: 'tessile', data: { name: { it: 'Tessile', en: 'Textiles', de: 'Textil' } } }],
]);
const districts = new Map([
	['sassuolo', { id: 'sassuolo', data: { name: { it: 'Sassuolo', en: 'Sassuolo', de: 'Sassuolo' } } }],
	['prato', { id: 'prato', data: { name: { it: 'Prato', en: 'Prato', de: 'Prato' }, slug: { en: 'prato-textiles' } } }],
]);

function business(id: string, district: string, sectors: string[], visits: Partial<Business['visits']>, languages = ['it']): { id: string; data: Business } {
	const text = { it: 'testo di prova', en: 'sample text', de: 'Beispieltext' };
	return {
		id,
		data: {
			name: id,
			district,
			sectors,
			founded: 1990,
			town: 'Town',
			province: 'MO',
			coordinates: { lat: 44, lon: 10 },
			languages,
			makes: text,
			visits: { buyers: false, public: false, byAppointment: false, details: text, ...visits },
			factsCheckedOn: new Date('2026-01-01'),
		},
	};
}

const all = [
	business('a', 'sassuolo', ['ceramica'], { buyers: true, byAppointment: true }, ['it', 'en']),
	business('b', 'prato', ['tessile'], { public: true }, ['it', 'de']),
	business('c', 'prato', ['tessile', 'ceramica'], {}, ['it']),
].map((entry) => businessCard(entry, districts, topics, 'en'));

describe('business cards', () => {
	it('carry a badge for each kind of visitor the business receives, in a fixed order', () => {
		expect(visitKinds({ buyers: true, public: true, byAppointment: true, details: { it: '', en: '', de: '' } })).toEqual(['buyers', 'public', 'appointment']);
		expect(visitKinds({ buyers: false, public: true, byAppointment: false, details: { it: '', en: '', de: '' } })).toEqual(['public']);
		expect(all[0]).toMatchObject({ district: { id: 'sassuolo', name: 'Sassuolo' }, sectors: [{ id: 'ceramica', label: 'Ceramics', slug: 'ceramics' }], visits: ['buyers', 'appointment'] });
	});

	it('put businesses that receive buyers or the public first', () => {
		expect(receivingFirst([all[2]!, all[1]!, all[0]!]).map((card) => card.id)).toEqual(['b', 'a', 'c']);
	});
});

describe('the directory’s filtered views', () => {
	const views = directoryViews(all, 'en', { topics, districts });
	const byUrl = new Map(views.slice(1).map(({ value, view }) => [`${value!.facet}/${value!.segment}`, view.page.items.map((card) => card.id)]));

	it('list exactly the businesses with the value, one view per value some business has', () => {
		expect(Object.fromEntries(byUrl)).toEqual({
			'district/prato-textiles': ['b', 'c'],
			'district/sassuolo': ['a'],
			'sector/ceramics': ['a', 'c'],
			'sector/textiles': ['b', 'c'],
			'visits/trade-buyers': ['a'],
			'visits/public': ['b'],
			'visits/by-appointment': ['a'],
			'language/en': ['a'],
			'language/de': ['b'],
			'language/it': ['a', 'b', 'c'],
		});
		expect(views[0]!.view.page.items).toHaveLength(3);
	});

	it('link every filter value with its count, and mark the current one', () => {
		const sassuolo = views.find(({ value }) => value?.id === 'sassuolo')!.view;
		const district = sassuolo.filters.find((group) => group.facet === 'district')!;
		expect(district.options).toEqual([
			{ href: '/en/businesses/district/prato-textiles/', label: 'Prato', count: 2, current: false },
			{ href: '/en/businesses/district/sassuolo/', label: 'Sassuolo', count: 1, current: true },
		]);
		expect(sassuolo.filters.find((group) => group.facet === 'visits')!.options.map((option) => option.label)).toEqual(['Trade buyers', 'Open to the public', 'By appointment']);
	});

	it('point the language switch at the same filter in each language', () => {
		const ceramics = views.find(({ value }) => value?.id === 'ceramica')!.view;
		expect(ceramics.translations).toEqual({ it: '/it/imprese/settore/ceramica/', en: '/en/businesses/sector/ceramics/' });
		expect(views.find(({ value }) => value?.id === 'prato')!.view.translations).toEqual({ it: '/it/imprese/distretto/prato/', en: '/en/businesses/district/prato-textiles/' });
		const visitors = views.find(({ value }) => value?.id === 'public')!.view;
		expect(visitors.translations.it).toBe('/it/imprese/visite/pubblico/');
	});

	it('split into numbered pages when long, each filtered view listing all its businesses once', () => {
		const paged = directoryViews(all, 'en', { topics, districts }, 2);
		const italian = paged.filter(({ value }) => value?.id === 'it').map(({ view }) => view);
		expect(italian.map((view) => view.page.items.map((card) => card.id))).toEqual([['a', 'b'], ['c']]);
		expect(italian.map((view) => view.count)).toEqual([3, 3]);
		expect(italian[1]!.pageUrls).toEqual(['/en/businesses/language/it/', '/en/businesses/language/it/2/']);
		expect(italian[1]!.translations).toEqual({ en: '/en/businesses/language/it/2/' });
		expect(paged.filter(({ value }) => !value).map(({ view }) => view.pageUrls.at(view.page.number - 1))).toEqual(['/en/businesses/', '/en/businesses/2/']);
	});

	it('have addresses the site reads back as filters of the business section', () => {
		expect(parseUrl('/en/businesses/language/it/2/')).toEqual({ kind: 'filter', lang: 'en', section: 'businesses', facet: 'language', value: 'it', page: 2 });
		expect(parseUrl('/en/businesses/language/it/x/')).toBeUndefined();
		expect(parseUrl('/it/imprese/visite/pubblico/')).toEqual({ kind: 'filter', lang: 'it', section: 'businesses', facet: 'visits', value: 'pubblico', page: 1 });
		expect(parseUrl('/en/businesses/ceramiche-fontana/')).toMatchObject({ kind: 'entry', slug: 'ceramiche-fontana' });
		expect(parseUrl('/en/stories/district/sassuolo/')).toBeUndefined();
	});
});

describe('directions to a business', () => {
	it('come from the coordinates alone: the phone’s map app and three route planners, the place as destination', () => {
		const links = directionsLinks({ lat: 37.24, lon: 14.515 }, 'Maioliche Di Bartolo');
		expect(links.map((link) => link.provider)).toEqual(['geo', 'osm', 'google', 'apple']);
		expect(links[0]!.href).toBe('geo:37.24,14.515?q=37.24,14.515(Maioliche%20Di%20Bartolo)');
		for (const link of links.slice(1)) expect(link.href).toMatch(/^https:\/\/[^ ]*37\.24(,|%2C)14\.515/);
	});
});
