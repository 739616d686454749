/** Authors: the experts who write and check the stories. */
import type { CmsCollection } from 'decap-cms-core';
import { bilingual, text, yamlFolder } from '../fields.ts';

export const authors: CmsCollection = {
	name: 'authors',
	label: 'Autori',
	label_singular: 'Autore',
	...yamlFolder('authors', 'name'),
	fields: [
		text('name', 'Nome e cognome', 2, 80),
		bilingual('role', 'Ruolo', (lang, label) => text(lang, label, 2, 80)),
		bilingual('bio', 'Biografia', (lang, label) => text(lang, label, 20, 500, { multiline: true })),
	],
};
