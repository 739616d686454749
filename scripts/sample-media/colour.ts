/**
 * Colours as hex strings: mixing, shading and a seeded jitter, so a palette varies a little from
 * picture to picture.
 */
import { between, type Rng } from './random.ts';

export type Rgb = [number, number, number];

export function toRgb(hex: string): Rgb {
	const v = hex.replace('#', '');
	return [parseInt(v.slice(0, 2), 16), parseInt(v.slice(2, 4), 16), parseInt(v.slice(4, 6), 16)];
}

export function toHex([r, g, b]: Rgb): string {
	const c = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');
	return `#${c(r)}${c(g)}${c(b)}`;
}

export function mix(a: string, b: string, t: number): string {
	const x = toRgb(a);
	const y = toRgb(b);
	return toHex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}

/** Positive amounts lighten towards white, negative darken towards black. */
export const shade = (c: string, amount: number) => (amount >= 0 ? mix(c, '#ffffff', amount) : mix(c, '#000000', -amount));

export function jitter(rng: Rng, c: string, amount: number): string {
	const [r, g, b] = toRgb(c);
	const d = () => between(rng, -amount, amount) * 255;
	const l = d();
	return toHex([r + l + d() * 0.3, g + l + d() * 0.3, b + l + d() * 0.3]);
}
