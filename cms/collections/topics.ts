/** Topics: the shared vocabulary of story topics and business and district sectors, one YAML file each, every language inside. */
import type { CmsCollection } from 'decap-cms-core';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../src/i18n/languages.ts';
import { bilingual, text, yamlFolder } from '../fields.ts';

export const topics: CmsCollection = {
	name: 'topics',
	label: 'Temi',
	label_singular: 'Tema',
	...yamlFolder('topics', `name.${DEFAULT_LANGUAGE}`),
	summary: LANGUAGES.map((lang) => `{{name.${lang}}}`).join(' / '),
	fields: [
		bilingual('name', 'Nome', (lang, label) => text(lang, label, 2, 40, { hint: 'Minuscolo, salvo nomi propri e sigle (es. ceramica, Giappone, IGP): il nome dà anche l’indirizzo della pagina del tema.' })),
		bilingual('description', 'Descrizione', (lang, label) => text(lang, label, 20, 300, { multiline: true, required: false }), { required: false }),
	],
};
