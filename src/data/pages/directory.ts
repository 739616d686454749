/**
 * View models of the business directory (`/it/imprese/`, `/en/businesses/`)
 * and its filtered views, from every business; see utils/directory.ts.
 */
import { LANGUAGE_TABLE, type Language } from '../../i18n/languages.ts';
import { keyed } from '../../utils/digest.ts';
import { businessCard, directoryViews } from '../../utils/directory.ts';
import { getBusinesses, getIndexes } from '../content.ts';

async function directoryOf(lang: Language) {
	const [businesses, { districts, topics }] = await Promise.all([getBusinesses(), getIndexes()]);
	return directoryViews(
		businesses.map((business) => businessCard(business, districts, topics, lang)),
		lang,
		topics,
	);
}

/** The unfiltered directory: `/it/imprese/`, `/en/businesses/`. */
export async function businessesIndexPaths(lang: Language) {
	const [first] = await directoryOf(lang);
	return [keyed({}, { view: first!.view })];
}

/** One page per filter value: `/en/businesses/district/sassuolo/`, `/it/imprese/visite/pubblico/` … */
export async function businessFilterPaths(lang: Language) {
	const views = (await directoryOf(lang)).slice(1);
	return views.map(({ value, view }) => keyed({ facet: LANGUAGE_TABLE[lang].facets[value!.facet], value: value!.segment }, { view }));
}
