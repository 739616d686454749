/** Pieces every sample picture may use: backgrounds, vignettes, haloes, shadows and hills. */
import type { Canvas } from './canvas.ts';
import { between, f } from './random.ts';

export function background(c: Canvas, top: string, bottom: string): void {
	c.add(`<rect width="${c.w}" height="${c.h}" fill="${c.linear([[0, top], [1, bottom]])}"/>`);
}

/** A soft darkening towards the edges, for depth. */
export function vignette(c: Canvas, strength = 0.28): void {
	const fill = c.radial([[0.55, '#000000', 0], [1, '#000000', strength]], 0.5, 0.5, 0.75);
	c.add(`<rect width="${c.w}" height="${c.h}" fill="${fill}"/>`);
}

/** Large faint circles, a recurring editorial texture. */
export function halo(c: Canvas, color: string, n = 3, opacity = 0.08): void {
	for (let i = 0; i < n; i++) {
		const r = between(c.rng, c.h * 0.25, c.h * 0.7);
		c.add(`<circle cx="${f(between(c.rng, 0, c.w))}" cy="${f(between(c.rng, 0, c.h))}" r="${f(r)}" fill="${color}" opacity="${opacity}"/>`);
	}
}

export function shadow(c: Canvas, shape: string, dx = 8, dy = 12, blur = 10, opacity = 0.28): void {
	c.add(`<g transform="translate(${dx} ${dy})" filter="${c.blur(blur)}" opacity="${opacity}">${shape}</g>`);
}

export function hills(c: Canvas, baseY: number, colors: string[], amplitude: number, spread = 60): void {
	colors.forEach((color, layer) => {
		const y0 = baseY + layer * spread;
		const k1 = between(c.rng, 1, 2.2);
		const k2 = between(c.rng, 2.5, 5);
		const p1 = between(c.rng, 0, Math.PI * 2);
		const p2 = between(c.rng, 0, Math.PI * 2);
		const points: string[] = [];
		for (let x = 0; x <= c.w; x += 20) {
			const t = x / c.w;
			const y = y0 - amplitude * (0.6 * Math.sin(t * Math.PI * k1 + p1) + 0.4 * Math.sin(t * Math.PI * k2 + p2)) * (1 - layer * 0.12);
			points.push(`${f(x)},${f(y)}`);
		}
		c.add(`<path d="M0,${c.h} L${points.join(' L')} L${c.w},${c.h} Z" fill="${color}"/>`);
	});
}
