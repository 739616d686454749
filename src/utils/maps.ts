/**
 * Plain links to map providers: opening a map is the visitor's choice, so the
 * page itself loads nothing from a map provider.
 */
interface Coordinates {
	lat: number;
	lon: number;
}

/** A link to the place on OpenStreetMap. */
export function osmUrl({ lat, lon }: Coordinates, zoom = 15): string {
	return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${zoom}/${lat}/${lon}`;
}

export type DirectionsProvider = 'geo' | 'osm' | 'google' | 'apple';
export interface DirectionLink {
	provider: DirectionsProvider;
	href: string;
}

/**
 * Directions to a place from its coordinates alone, so a business without a
 * street address gets them too: `geo:` opens the phone's own map app, the
 * others the provider's route planner with the place as destination.
 */
export function directionsLinks({ lat, lon }: Coordinates, name: string): DirectionLink[] {
	const at = `${lat},${lon}`;
	const label = encodeURIComponent(name);
	return [
		{ provider: 'geo', href: `geo:${at}?q=${at}(${label})` },
		{ provider: 'osm', href: `https://www.openstreetmap.org/directions?route=%3B${lat}%2C${lon}#map=15/${lat}/${lon}` },
		{ provider: 'google', href: `https://www.google.com/maps/dir/?api=1&destination=${at}` },
		{ provider: 'apple', href: `https://maps.apple.com/?daddr=${at}&q=${label}` },
	];
}
