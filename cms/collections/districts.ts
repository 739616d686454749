/** Industrial districts: one YAML file per district, both languages inside. */
import type { CmsCollection } from 'decap-cms-core';
import { ITALIAN_REGIONS } from '../../src/schemas/content.ts';
import { bilingual, coordinates, group, image, list, select, text } from '../fields.ts';

const sector = (name: string, label: string) => list(name, label, text('sector', 'Settore', 2, 40), { min: 1, max: 5 });

export const districts: CmsCollection = {
	name: 'districts',
	label: 'Distretti',
	label_singular: 'Distretto',
	folder: 'content/districts',
	extension: 'yaml',
	format: 'trame-yaml',
	create: true,
	slug: '{{name.it}}',
	identifier_field: 'name.it',
	summary: '{{name.it}}',
	fields: [
		bilingual('name', 'Nome', (lang, label) => text(lang, label, 3, 90)),
		bilingual('summary', 'Sintesi', (lang, label) => text(lang, label, 80, 300, { multiline: true })),
		select('region', 'Regione', ITALIAN_REGIONS.map((region) => ({ value: region, label: region }))),
		bilingual('sectors', 'Settori', sector),
		coordinates(),
		group('cover', 'Immagine di copertina', [image('image', 'Immagine'), bilingual('alt', 'Testo alternativo', (lang, label) => text(lang, label, 5, 200))]),
	],
};
