/**
 * Stories: one MDX file per language, `content/stories/<lang>/<slug>.mdx`.
 * Fields a translator writes are `i18n: true`; facts both languages must
 * agree on are `i18n: 'duplicate'`, so Decap copies them into the other file
 * and the content checker's "both languages say the same" rule holds.
 */
import type { CmsCollection } from 'decap-cms-core';
import { CORRECTIONS_MAX, DESCRIPTION_MAX, DESCRIPTION_MIN, SOURCES_MAX, TITLE_MAX, TOPICS_MAX } from '../../src/schemas/content.ts';
import { boolean, date, formerSlugs, group, image, markdownBody, objectList, patterned, relation, select, shared, slug, text, topics, translated } from '../fields.ts';

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
		slug('slug', 'Indirizzo web (slug)', { section: 'stories' }, { ...translated, hint: 'La parte finale dell’indirizzo in questa lingua, come "the-fontana-family-kiln". Vuoto: il nome del file.' }),
		formerSlugs('formerSlugs', 'Indirizzi precedenti', { section: 'stories' }, translated),
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
		topics('topics', 'Temi', { max: TOPICS_MAX }, { ...shared, required: false, hint: 'Scegli tra i temi; se manca, aggiungilo in «Temi». Valgono per entrambe le lingue.' }),
		relation('author', 'Autore', 'authors', shared),
		group('hero', 'Immagine principale', [image('image', 'Immagine', shared), text('alt', 'Testo alternativo', 5, 200, { ...translated, hint: "Descrivi l'immagine per chi non la vede." })], translated),
		text('verifiedBy', 'Fatti verificati da (obbligatorio per pubblicare)', 3, 120, { ...shared, rule: 'verifiedBy', hint: 'Si può lasciare vuoto solo mentre la storia è una bozza.' }),
		date('verifiedOn', 'Data della verifica (obbligatoria per pubblicare)', { ...shared, rule: 'verifiedOn', hint: 'Si può lasciare vuota solo mentre la storia è una bozza.' }),
		objectList(
			'sources',
			'Fonti',
			[
				text('title', 'Fonte', 3, 200, { ...translated, hint: 'Che cos’è: un’intervista, un documento, una ricerca, con chi l’ha fatta.' }),
				patterned('url', 'Indirizzo web', /^https?:\/\/\S+$/, 'Indirizzo completo che inizia con https://', { ...translated, required: false }),
				date('date', 'Data', { ...translated, required: false }),
			],
			{ max: SOURCES_MAX },
			{ ...translated, required: false, summary: '{{fields.title}}', hint: 'Su che cosa si basano i fatti della storia; compaiono in fondo al testo.' },
		),
		objectList(
			'corrections',
			'Correzioni',
			[date('date', 'Data della correzione', translated), text('text', 'Che cosa è cambiato', 10, 500, { ...translated, multiline: true, hint: 'Che cosa diceva la storia e che cosa è giusto, nella lingua di questa versione.' })],
			{ max: CORRECTIONS_MAX },
			{ ...translated, required: false, summary: '{{fields.date}}', hint: 'Con una correzione aggiorna anche la data di aggiornamento. L’avviso compare in cima alla storia.' },
		),
		boolean('featured', 'In evidenza in home page', false, shared),
		boolean('draft', 'Bozza (non pubblicata)', false, shared),
		markdownBody(),
	],
};
