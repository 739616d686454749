/** Industrial districts: one YAML file per district, both languages inside. */
import type { CmsCollection } from 'decap-cms-core';
import type { Language } from '../../src/i18n/languages.ts';
import { ITALIAN_REGIONS } from '../../src/schemas/content.ts';
import { bilingual, coordinates, formerSlugs, group, image, sectors, select, slug, text, yamlFolder } from '../fields.ts';

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
		bilingual('slug', 'Indirizzo web (slug)', (lang, label) => slug(lang, label, { section: 'districts', lang: lang as Language }), { required: false, hint: 'Per una lingua in cui il nome del file non va bene, come "vicenza-gold-district" in inglese. Vuoto: il nome del file.' }),
		bilingual('formerSlugs', 'Indirizzi precedenti', (lang, label) => formerSlugs(lang, label, { section: 'districts', lang: lang as Language }), { required: false }),
	],
};
