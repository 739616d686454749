/**
 * A plain link to the place on OpenStreetMap: opening a map is the visitor's
 * choice, so the page itself loads nothing from a map provider.
 */
export function osmUrl({ lat, lon }: { lat: number; lon: number }, zoom = 15): string {
	return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${zoom}/${lat}/${lon}`;
}
