/** Every string the interface shows in Italian. Content text lives in `content/`, not here. */
export default {
	'site.tagline': 'Storie di imprese e territori italiani',
	'skipLink': 'Vai al contenuto',
	'nav.stories': 'Storie',
	'nav.districts': 'Distretti',
	'nav.search': 'Cerca',
} as const;
