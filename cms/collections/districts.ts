/** Industrial districts: one YAML file per district, both languages inside. */
import type { CmsCollection } from 'decap-cms-core';
import { ITALIAN_REGIONS } from '../../src/schemas/content.ts';
import { bilingual, coordinates, group, image, sectors, select, text, yamlFolder } from '../fields.ts';

export const districts: CmsCollection = {
	name: 'districts',
	label: 'Distretti',
	label_singular: 'Distretto',
	...yamlFolder('districts', 'name.it'),
	summary: '{{name.it}}',
	fields: [
		bilingual('name', 'Nome', (lang, label) => text(lang, label, 3, 90)),
		bilingual('summary', 'Sintesi', (lang, label) => text(lang, label, 80, 300, { multiline: true })),
		select('region', 'Regione', ITALIAN_REGIONS.map((region) => ({ value: region, label: region }))),
		sectors(),
		coordinates(),
		group('cover', 'Immagine di copertina', [image('image', 'Immagine'), bilingual('alt', 'Testo alternativo', (lang, label) => text(lang, label, 5, 200))]),
	],
};
