/**
 * View models of the business directory (`/it/imprese/`, `/en/businesses/`)
 * and its filtered views, from every business; see utils/directory.ts.
 */
import { LANGUAGE_TABLE, type Language } from '../../i18n/languages.ts';
import { keyed } from '../../utils/digest.ts';
import { businessCard, directoryViews, type DirectoryView } from '../../utils/directory.ts';
import { getBusinesses, getIndexes } from '../content.ts';

async function directoryOf(lang: Language) {
	const [businesses, { districts, topics }] = await Promise.all([getBusinesses(), getIndexes()]);
	return directoryViews(
		businesses.map((business) => businessCard(business, districts, topics, lang)),
		lang,
		{ topics, districts },
	);
}

const pageParam = (view: DirectoryView) => (view.page.number === 1 ? undefined : String(view.page.number));

/** The unfiltered directory and its numbered pages: `/it/imprese/`, `/en/businesses/2/` … */
export async function businessesIndexPaths(lang: Language) {
	const views = (await directoryOf(lang)).filter(({ value }) => !value);
	return views.map(({ view }) => keyed({ page: pageParam(view) }, { view }));
}

/** One page per filter value, numbered when long: `/en/businesses/district/sassuolo/`, `/it/imprese/visite/pubblico/2/` … */
export async function businessFilterPaths(lang: Language) {
	const views = (await directoryOf(lang)).filter(({ value }) => value);
	return views.map(({ value, view }) => keyed({ facet: LANGUAGE_TABLE[lang].facets[value!.facet], value: value!.segment, page: pageParam(view) }, { view }));
}
