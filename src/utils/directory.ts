/**
 * The business directory computed from plain data: a card per business with
 * its visiting badges, and one view per filter value (a district, a sector, a
 * kind of visit, a language spoken), so every filtered view is a real URL that
 * works without JavaScript and each page carries only the businesses it lists.
 */
import { FACETS, LANGUAGE_TABLE, VISIT_KINDS, type Facet, type Language, type VisitKind } from '../i18n/languages.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { Business } from '../schemas/content.ts';
import { inEveryLanguage, type Translations } from './alternates.ts';
import { languageInSentence } from './format.ts';
import { paginate, type Page } from './pagination.ts';
import { filterUrl, sectionUrl } from './routes.ts';
import { topicLabels, topicSlug, type TopicEntry, type TopicLabel } from './topics.ts';

/** A business as the directory, a district and a story show it: where it is and whom it receives. */
export interface BusinessCardView {
	id: string;
	name: string;
	town: string;
	province: string;
	district: { id: string; name: string };
	sectors: TopicLabel[];
	/** Language codes, named in the reader's language by the component. */
	languages: string[];
	visits: VisitKind[];
	image?: { image: string; alt: string };
}

interface BusinessLike {
	id: string;
	data: Business;
}

interface DistrictLike {
	id: string;
	data: { name: Record<Language, string>; slug?: Partial<Record<Language, string>> };
}

/** What filter values are named and addressed by in each language. */
export interface Vocabulary {
	topics: ReadonlyMap<string, TopicEntry>;
	districts: ReadonlyMap<string, DistrictLike>;
}

/** The badges of a business: trade buyers, the public, by appointment, in that order. */
export function visitKinds(visits: Business['visits']): VisitKind[] {
	const has: Record<VisitKind, boolean> = { buyers: visits.buyers, public: visits.public, appointment: visits.byAppointment };
	return VISIT_KINDS.filter((kind) => has[kind]);
}

export function businessCard(business: BusinessLike, districts: ReadonlyMap<string, DistrictLike>, topics: ReadonlyMap<string, TopicEntry>, lang: Language): BusinessCardView {
	const { name, town, province, sectors, district, languages, visits, image } = business.data;
	return {
		id: business.id,
		name,
		town,
		province,
		district: { id: district, name: districts.get(district)?.data.name[lang] ?? '' },
		sectors: topicLabels(sectors, topics, lang),
		languages,
		visits: visitKinds(visits),
		...(image ? { image: { image: image.image, alt: image.alt[lang] } } : {}),
	};
}

/** Businesses that receive the public or trade buyers first, otherwise in the given order. */
export function receivingFirst<T extends { visits: readonly VisitKind[] }>(cards: readonly T[]): T[] {
	const receives = (card: T) => card.visits.includes('public') || card.visits.includes('buyers');
	return [...cards.filter(receives), ...cards.filter((card) => !receives(card))];
}

/** One value of a filter: its URL, its label, and how many businesses it lists. */
export interface FilterOption {
	href: string;
	label: string;
	count: number;
	current: boolean;
}

export interface FilterGroup {
	facet: Facet;
	options: FilterOption[];
}

/** Businesses per directory page: a long list is split so no page grows with the portal. */
export const BUSINESSES_PER_PAGE = 48;

export interface DirectoryView {
	filters: FilterGroup[];
	/** The filter of this view; the unfiltered directory has none. */
	active?: { facet: Facet; label: string };
	/** How many businesses the view lists over all its pages. */
	count: number;
	page: Page<BusinessCardView>;
	/** The address of each page of the view, first page first. */
	pageUrls: string[];
	translations: Translations;
}

/** One page of the directory or of a filtered view. */
export interface DirectoryPage {
	/** The filter value, as the route's segments; none for the unfiltered directory. */
	value?: FacetValue & { segment: string };
	view: DirectoryView;
}

/** A filter value as the language-independent id (district, topic, visit kind, language code) that every language's URL is made from. */
export interface FacetValue {
	facet: Facet;
	id: string;
}

function facetValues(card: BusinessCardView): FacetValue[] {
	return [
		{ facet: 'district', id: card.district.id },
		...card.sectors.map((sector) => ({ facet: 'sector' as const, id: sector.id })),
		...card.visits.map((kind) => ({ facet: 'visits' as const, id: kind })),
		...card.languages.map((code) => ({ facet: 'language' as const, id: code })),
	];
}

/** The URL segment of a filter value in a language. */
function segment(value: FacetValue, lang: Language, { topics, districts }: Vocabulary): string {
	if (value.facet === 'visits') return LANGUAGE_TABLE[lang].facets[value.id as VisitKind];
	if (value.facet === 'sector') return topicSlug(value.id, topics.get(value.id)?.data.name[lang] ?? value.id);
	// A district filter shares the district page's slug in each language.
	if (value.facet === 'district') return districts.get(value.id)?.data.slug?.[lang] ?? value.id;
	return value.id;
}

function label(value: FacetValue, lang: Language, cards: readonly BusinessCardView[]): string {
	if (value.facet === 'visits') return useTranslations(lang)(`directory.visit.${value.id as VisitKind}`);
	if (value.facet === 'language') return languageInSentence(value.id, lang);
	if (value.facet === 'district') return cards.find((card) => card.district.id === value.id)?.district.name ?? value.id;
	return cards.flatMap((card) => card.sectors).find((sector) => sector.id === value.id)?.label ?? value.id;
}

const keyOf = (value: FacetValue) => `${value.facet}:${value.id}`;

/**
 * The directory and its filtered views in one language, from the cards of
 * every business, each split into pages: the unfiltered directory comes
 * first, each filtered view lists exactly the businesses that have its value.
 * Only values some business has get a view.
 */
export function directoryViews(cards: readonly BusinessCardView[], lang: Language, vocabulary: Vocabulary, perPage = BUSINESSES_PER_PAGE): DirectoryPage[] {
	const members = new Map<string, { value: FacetValue; cards: BusinessCardView[] }>();
	for (const card of cards) {
		for (const value of facetValues(card)) {
			const entry = members.get(keyOf(value)) ?? { value, cards: [] };
			entry.cards.push(card);
			members.set(keyOf(value), entry);
		}
	}
	const collator = new Intl.Collator(lang);
	const options = FACETS.map((facet) => ({
		facet,
		values: [...members.values()]
			.filter((entry) => entry.value.facet === facet)
			.map((entry) => ({ ...entry, label: label(entry.value, lang, cards), href: filterUrl(lang, facet, segment(entry.value, lang, vocabulary)) }))
			.sort((a, b) => (facet === 'visits' ? VISIT_KINDS.indexOf(a.value.id as VisitKind) - VISIT_KINDS.indexOf(b.value.id as VisitKind) : collator.compare(a.label, b.label))),
	}));
	const filtersFor = (current?: string): FilterGroup[] =>
		options.map(({ facet, values }) => ({ facet, options: values.map((entry) => ({ href: entry.href, label: entry.label, count: entry.cards.length, current: keyOf(entry.value) === current })) }));
	/** The pages of one view; only the first has translations, later pages list other businesses in each language. */
	const pagesOf = (listed: readonly BusinessCardView[], urlFor: (lang: Language, page: number) => string, view: Pick<DirectoryView, 'filters' | 'active'>): DirectoryView[] => {
		const pages = paginate(listed, perPage);
		const pageUrls = pages.map((page) => urlFor(lang, page.number));
		return pages.map((page) => ({ ...view, count: listed.length, page, pageUrls, translations: page.number === 1 ? inEveryLanguage((other) => urlFor(other, 1)) : { [lang]: pageUrls[page.number - 1] } }));
	};
	const unfiltered = pagesOf(cards, (other, page) => sectionUrl(other, 'businesses', page), { filters: filtersFor() }).map((view) => ({ view }));
	const filtered = options.flatMap(({ values }) =>
		values.flatMap((entry) =>
			pagesOf(entry.cards, (other, page) => filterUrl(other, entry.value.facet, segment(entry.value, other, vocabulary), page), { filters: filtersFor(keyOf(entry.value)), active: { facet: entry.value.facet, label: entry.label } }).map((view) => ({
				value: { ...entry.value, segment: segment(entry.value, lang, vocabulary) },
				view,
			})),
		),
	);
	return [...unfiltered, ...filtered];
}
