import { describe, expect, it } from 'vitest';
import { frontmatterFormat, yamlFormat } from '../../cms/formats.ts';
import type { ContentProblem } from '../../src/content-checks/problems.ts';
import { readStoryText } from '../../src/content-checks/read-files.ts';
import { storySchema, businessSchema } from '../../src/schemas/content.ts';

/** What Decap hands the format after an editor emptied optional fields (and copied null into the other language). */
const edited = {
	title: 'Òlio e rame',
	description: 'Una storia di prova, lunga abbastanza per essere una descrizione valida.',
	publishDate: '2026-03-14',
	updatedDate: null,
	kind: 'territory',
	district: 'sassuolo',
	businesses: [],
	topics: ['rame', ''],
	author: 'anna-verdi',
	hero: { image: 'tile.jpg', alt: 'Una lastra di rame' },
	verifiedBy: '',
	draft: true,
	body: 'La bottega apre alle sette.\n\n<PullQuote cite="Mario">Il rame ricorda.</PullQuote>',
};

describe('the story format', () => {
	it('writes a file the content checker reads as valid, without the emptied fields', () => {
		const file = frontmatterFormat.toFile(edited, Object.keys(edited));
		expect(file).not.toMatch(/updatedDate|verifiedBy|null|''/);
		const problems: ContentProblem[] = [];
		const story = readStoryText('content/stories/it/olio-e-rame.mdx', file, problems);
		expect(problems).toEqual([]);
		expect(storySchema.safeParse(story.data).success).toBe(true);
		expect(story.body).toBe(`${edited.body}\n`);
	});

	it('keeps the field order the CMS shows and reads its own output back', () => {
		const file = frontmatterFormat.toFile(edited, ['title', 'description', 'publishDate', 'kind']);
		expect(file.split('\n').slice(0, 4)).toEqual(['---', 'title: Òlio e rame', `description: ${edited.description}`, 'publishDate: 2026-03-14']);
		const { body, ...data } = frontmatterFormat.fromFile(file);
		expect(body).toBe(`${edited.body}\n`);
		const { body: _body, updatedDate: _updated, verifiedBy: _verified, ...kept } = edited;
		expect(data).toEqual({ ...kept, topics: ['rame'] });
	});

	it('writes an untranslated language as shared fields and an empty body, which the schema accepts', () => {
		const { title, description, body, ...shared } = edited;
		const file = frontmatterFormat.toFile({ ...shared, hero: { image: 'tile.jpg', alt: null }, body: '' });
		expect(file.endsWith('---\n')).toBe(true);
		const { body: stubBody, ...frontmatter } = frontmatterFormat.fromFile(file);
		expect(stubBody).toBe('');
		expect(storySchema.safeParse(frontmatter).success).toBe(true);
	});
});

describe('the data file format', () => {
	it('drops an emptied optional group and optional text, so the business stays valid', () => {
		const business = {
			name: 'Ceramiche Prova',
			district: 'sassuolo',
			sectors: ['piastrelle'],
			founded: 1962,
			town: 'Sassuolo',
			province: 'MO',
			address: '',
			coordinates: { lat: 44.54, lon: 10.78 },
			website: null,
			languages: ['it'],
			makes: { it: 'Piastrelle in gres porcellanato.', en: 'Porcelain stoneware tiles.' },
			visits: { buyers: true, public: false, byAppointment: true, details: { it: 'Su appuntamento.', en: 'By appointment.' } },
			image: { image: '', alt: { it: '', en: '' } },
			factsCheckedOn: '2026-03-10',
		};
		const parsed = yamlFormat.fromFile(yamlFormat.toFile(business));
		expect(parsed).not.toHaveProperty('image');
		expect(parsed).not.toHaveProperty('address');
		expect(parsed.visits).toEqual(business.visits);
		expect(businessSchema.safeParse(parsed).success).toBe(true);
	});
});

describe('editing one field of a YAML file', () => {
	const original = [
		'# Written by hand: the comment, the quotes and the number formats are the author\'s.',
		'name: "Ceramiche Prova"',
		'district: sassuolo',
		'founded: 1962',
		'coordinates:',
		'  lat: 44.530',
		'  lon: 10.780',
		'phone: \'+39 0536 000000\'',
		'makes:',
		'  it: Piastrelle smaltate a mano, in piccole serie, per architetti e restauratori.',
		'  en: Hand-glazed tiles in small runs, for architects and restorers.',
		'languages: [it, en]',
		'',
	].join('\n');

	it('changes only that line, so a reviewer sees a one-line diff', () => {
		const data = yamlFormat.fromFile(original) as { makes: { en: string } };
		data.makes.en = 'Hand-glazed tiles in small runs.';
		const written = yamlFormat.toFile(data, ['name', 'district', 'founded', 'coordinates', 'phone', 'makes', 'languages']);
		const before = original.split('\n');
		const after = written.split('\n');
		expect(after).toHaveLength(before.length);
		expect(after.filter((line, index) => line !== before[index])).toEqual(['  en: Hand-glazed tiles in small runs.']);
	});

	it('writes a new file plainly, in the CMS\'s field order', () => {
		expect(yamlFormat.toFile({ district: 'prato', name: 'Lanificio Nuovo' }, ['name', 'district'])).toBe('name: Lanificio Nuovo\ndistrict: prato\n');
	});
});
