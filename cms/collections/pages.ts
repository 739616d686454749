/**
 * Pages about Trame itself (about, method, contact, legal): one MDX file per
 * language, `content/pages/<lang>/<name>.mdx`, paired by file name like
 * stories. Title, description and text are translated; the date and the
 * footer position are shared, so the untranslated twin Decap writes is valid.
 */
import type { CmsCollection } from 'decap-cms-core';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, TITLE_MAX } from '../../src/schemas/content.ts';
import { boolean, date, markdownBody, number, shared, text, translated } from '../fields.ts';

export const pages: CmsCollection = {
	name: 'pages',
	label: 'Pagine su Trame',
	label_singular: 'Pagina',
	folder: 'content/pages',
	extension: 'mdx',
	format: 'trame-frontmatter',
	create: true,
	slug: '{{slug}}',
	identifier_field: 'title',
	summary: '{{title}}',
	sortable_fields: ['order', 'title'],
	i18n: true,
	fields: [
		text('title', 'Titolo', 3, TITLE_MAX, translated),
		text('description', 'Descrizione', DESCRIPTION_MIN, DESCRIPTION_MAX, { ...translated, multiline: true, hint: `Da ${DESCRIPTION_MIN} a ${DESCRIPTION_MAX} caratteri: appare nei risultati di ricerca.` }),
		date('updatedDate', 'Data di aggiornamento', { ...shared, hint: 'Il giorno dell’ultima modifica che cambia il senso della pagina.' }),
		number('order', 'Posizione nel piè di pagina', 1, 99, 'int', { ...shared, hint: '1 è il primo collegamento.' }),
		boolean('draft', 'Bozza (non pubblicata)', false, shared),
		markdownBody(),
	],
};
