/**
 * Stories: one MDX file per language, `content/stories/<lang>/<slug>.mdx`.
 * Fields a translator writes are `i18n: true`; facts both languages must
 * agree on are `i18n: 'duplicate'`, so Decap copies them into the other file
 * and the content checker's "both languages say the same" rule holds.
 */
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, TITLE_MAX } from '../../src/schemas/content.ts';
import { boolean, date, group, image, list, relation, select, text } from '../fields.ts';

const translated = { i18n: true } as const;
const shared = { i18n: 'duplicate' } as const;

export const stories: CmsCollection = {
	name: 'stories',
	label: 'Storie',
	label_singular: 'Storia',
	folder: 'content/stories',
	extension: 'mdx',
	format: 'trame-frontmatter',
	create: true,
	slug: '{{slug}}',
	identifier_field: 'title',
	summary: '{{title}} ({{publishDate}})',
	sortable_fields: ['publishDate', 'title'],
	// The structure (content/stories/<lang>/<slug>.mdx) is set once in cms/config.ts; Decap ignores a collection's i18n without it.
	i18n: true,
	fields: [
		text('title', 'Titolo', 3, TITLE_MAX, { ...translated, hint: `Al massimo ${TITLE_MAX} caratteri: è anche il titolo mostrato da Google.` }),
		text('description', 'Descrizione', DESCRIPTION_MIN, DESCRIPTION_MAX, {
			...translated,
			multiline: true,
			hint: `Da ${DESCRIPTION_MIN} a ${DESCRIPTION_MAX} caratteri: appare nei risultati di ricerca e nelle anteprime condivise.`,
		}),
		date('publishDate', 'Data di pubblicazione', shared),
		date('updatedDate', 'Data di aggiornamento', { ...shared, required: false, rule: 'updatedDate' }),
		select(
			'kind',
			'Tipo di storia',
			[
				{ value: 'entrepreneur', label: "Impresa (racconta un'azienda)" },
				{ value: 'territory', label: 'Territorio (racconta un distretto)' },
			],
			shared,
		),
		relation('district', 'Distretto', 'districts', { ...shared, display: 'name.it' }),
		relation('businesses', 'Imprese raccontate (obbligatorio per le storie di tipo Impresa)', 'businesses', { ...shared, multiple: true, rule: 'businesses' }),
		list('tags', 'Temi', text('tag', 'Tema', 2, 40), { max: 6 }, { ...translated, required: false }),
		relation('author', 'Autore', 'authors', shared),
		group('hero', 'Immagine principale', [image('image', 'Immagine', shared), text('alt', 'Testo alternativo', 5, 200, { ...translated, hint: "Descrivi l'immagine per chi non la vede." })], translated),
		text('verifiedBy', 'Fatti verificati da (obbligatorio per pubblicare)', 3, 120, { ...shared, rule: 'verifiedBy', hint: 'Si può lasciare vuoto solo mentre la storia è una bozza.' }),
		date('verifiedOn', 'Data della verifica (obbligatoria per pubblicare)', { ...shared, rule: 'verifiedOn', hint: 'Si può lasciare vuota solo mentre la storia è una bozza.' }),
		boolean('featured', 'In evidenza in home page', false, shared),
		boolean('draft', 'Bozza (non pubblicata)', false, shared),
		// sanitize_preview (missing from Decap's types) keeps raw HTML typed in the body from running in the preview.
		{ name: 'body', label: 'Testo', widget: 'markdown', ...translated, modes: ['rich_text', 'raw'], sanitize_preview: true } as CmsField,
	],
};
