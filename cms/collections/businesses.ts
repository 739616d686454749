/** Businesses: one YAML file per firm; the district is chosen from the districts collection. */
import type { CmsCollection } from 'decap-cms-core';
import { bilingual, boolean, coordinates, date, group, image, list, number, patterned, relation, sectors, text, yamlFolder } from '../fields.ts';

export const businesses: CmsCollection = {
	name: 'businesses',
	label: 'Imprese',
	label_singular: 'Impresa',
	...yamlFolder('businesses', 'name'),
	fields: [
		text('name', 'Ragione sociale', 2, 90),
		relation('district', 'Distretto', 'districts', { display: 'name.it' }),
		sectors(),
		number('founded', 'Anno di fondazione', 1000, new Date().getUTCFullYear(), 'int'),
		text('town', 'Comune', 2, 80),
		patterned('province', 'Provincia', /^[A-Z]{2}$/, 'Sigla della provincia in maiuscolo, es. MO o VI.'),
		text('address', 'Indirizzo', 3, 140, { required: false }),
		coordinates(),
		patterned('website', 'Sito web', /^https?:\/\/\S+$/, 'Indirizzo completo che inizia con https://', { required: false }),
		patterned('email', 'E-mail', /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/, 'Un indirizzo e-mail, es. info@example.com', { required: false }),
		patterned('phone', 'Telefono', /^\+?[\d\s().-]{6,20}$/, 'Numero con prefisso internazionale, es. +39 0536 000000', { required: false }),
		list('languages', 'Lingue parlate con i clienti', patterned('language', 'Lingua', /^[a-z]{2}$/, 'Codice di due lettere minuscole, es. it, en, de'), { min: 1 }),
		bilingual('makes', 'Cosa produce', (lang, label) => text(lang, label, 20, 400, { multiline: true })),
		group('visits', 'Visite', [
			boolean('buyers', 'Accoglie buyer professionali', false, { required: true }),
			boolean('public', 'Aperta al pubblico e ai turisti', false, { required: true }),
			boolean('byAppointment', 'Solo su appuntamento', true),
			bilingual('details', 'Dettagli per la visita', (lang, label) => text(lang, label, 10, 400, { multiline: true })),
		]),
		group('image', 'Immagine', [image('image', 'Immagine'), bilingual('alt', 'Testo alternativo', (lang, label) => text(lang, label, 5, 200))], { required: false, collapsed: true }),
		date('factsCheckedOn', 'Contatti e visite verificati il', { hint: 'Il giorno in cui la redazione ha confermato con l’impresa contatti e condizioni di visita. Dopo 18 mesi l’impresa va ricontrollata.' }),
	],
};
