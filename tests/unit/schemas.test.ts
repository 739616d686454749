import { describe, expect, it } from 'vitest';
import { businessSchema, calendarDate, storySchema } from '../../src/schemas/content.ts';

describe('calendarDate', () => {
	it('accepts what both YAML parsers produce for the same date', () => {
		expect(calendarDate.parse('2026-03-14')).toEqual(new Date('2026-03-14T00:00:00Z'));
		expect(calendarDate.parse(new Date('2026-03-14T00:00:00Z'))).toEqual(new Date('2026-03-14T00:00:00Z'));
	});

	it('refuses days that do not exist instead of rolling them over', () => {
		expect(calendarDate.safeParse('2026-02-30').success).toBe(false);
		expect(calendarDate.safeParse('14/03/2026').success).toBe(false);
	});
});

describe('image references', () => {
	const story = {
		publishDate: '2026-03-14', kind: 'territory', district: 'sassuolo', author: 'anna', verifiedBy: 'X Y', verifiedOn: '2026-03-10',
		hero: { image: '/content/media/kiln.jpg' },
	};

	it('accept the prefixes the CMS may write and keep the bare file name', () => {
		expect(storySchema.parse(story).hero.image).toBe('kiln.jpg');
	});

	it('refuse anything that is not an image file name', () => {
		expect(storySchema.safeParse({ ...story, hero: { image: 'https://example.com/x.jpg' } }).success).toBe(false);
		expect(storySchema.safeParse({ ...story, hero: { image: 'notes.txt' } }).success).toBe(false);
	});
});

describe('business contacts', () => {
	const business = {
		name: 'Prova', district: 'sassuolo', sectors: ['ceramica'], founded: 1970, town: 'Fiorano', province: 'MO',
		coordinates: { lat: 44.5, lon: 10.8 }, languages: ['it'], makes: { it: 'Piastrelle fatte a mano.', en: 'Handmade tiles, glazed.' },
		visits: { buyers: true, public: false, details: { it: 'Su appuntamento.', en: 'By appointment.' } },
		factsCheckedOn: '2026-03-10',
	};

	it('accepts a business without any optional contact', () => {
		expect(businessSchema.safeParse(business).success).toBe(true);
	});

	it('refuses a website that is not a web address and coordinates outside Italy', () => {
		expect(businessSchema.safeParse({ ...business, website: 'javascript:alert(1)' }).success).toBe(false);
		expect(businessSchema.safeParse({ ...business, coordinates: { lat: 51.5, lon: -0.1 } }).success).toBe(false);
	});
});
