/**
 * The districts map: the outline of Italy from Natural Earth (world-atlas),
 * projected once at build time into an SVG viewBox, so the map costs no
 * tiles, no script and no third-party request.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };

const ITALY_ISO_NUMERIC = '380';
/** The frame of the map: Italy with a little sea around it. */
const BOUNDS = { west: 6.4, east: 18.8, south: 35.3, north: 47.3 };
const SCALE = 40;
/** Equirectangular with longitudes shrunk by the cosine of the middle latitude: good enough at Italy's size. */
const LON_FACTOR = Math.cos((((BOUNDS.north + BOUNDS.south) / 2) * Math.PI) / 180);

export const MAP_WIDTH = Math.round((BOUNDS.east - BOUNDS.west) * LON_FACTOR * SCALE);
export const MAP_HEIGHT = Math.round((BOUNDS.north - BOUNDS.south) * SCALE);

export interface Point {
	x: number;
	y: number;
}

/** Longitude/latitude to SVG user units (x grows east, y grows south). */
export function project(lon: number, lat: number): Point {
	return {
		x: Math.round((lon - BOUNDS.west) * LON_FACTOR * SCALE * 10) / 10,
		y: Math.round((BOUNDS.north - lat) * SCALE * 10) / 10,
	};
}

type Ring = [number, number][];

function ringToPath(ring: Ring): string {
	return ring.map(([lon, lat], index) => {
		const { x, y } = project(lon, lat);
		return `${index === 0 ? 'M' : 'L'}${x} ${y}`;
	}).join('') + 'Z';
}

let outline: string | undefined;

/** The SVG path data of Italy's coastline and borders (mainland and islands). */
export function italyOutline(): string {
	if (outline) return outline;
	const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
	const italy = feature(topology, topology.objects.countries).features.find((country) => String(country.id) === ITALY_ISO_NUMERIC);
	if (!italy || !italy.geometry) throw new Error('world-atlas has no Italy (id 380): the map cannot be drawn');
	const geometry = italy.geometry;
	const polygons = geometry.type === 'MultiPolygon' ? geometry.coordinates : geometry.type === 'Polygon' ? [geometry.coordinates] : [];
	outline = polygons.flatMap((polygon) => polygon.map((ring) => ringToPath(ring as Ring))).join('');
	return outline;
}
