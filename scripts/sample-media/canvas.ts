/**
 * An SVG being drawn: shapes, gradients, blurs and clips with unique ids, serialised for sharp to
 * rasterise.
 */
import { type Rng } from './random.ts';

export class Canvas {
	w: number;
	h: number;
	rng: Rng;
	defs: string[] = [];
	body: string[] = [];
	count = 0;

	constructor(w: number, h: number, rng: Rng) {
		this.w = w;
		this.h = h;
		this.rng = rng;
	}

	id(prefix: string): string {
		this.count += 1;
		return `${prefix}${this.count}`;
	}

	add(svg: string): void {
		this.body.push(svg);
	}

	linear(stops: [number, string, number?][], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
		const id = this.id('lg');
		const s = stops.map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a ?? 1}"/>`).join('');
		this.defs.push(`<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${s}</linearGradient>`);
		return `url(#${id})`;
	}

	radial(stops: [number, string, number?][], cx = 0.5, cy = 0.5, r = 0.5): string {
		const id = this.id('rg');
		const s = stops.map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a ?? 1}"/>`).join('');
		this.defs.push(`<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${s}</radialGradient>`);
		return `url(#${id})`;
	}

	blur(std: number): string {
		const id = this.id('bl');
		this.defs.push(`<filter id="${id}" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="${std}"/></filter>`);
		return `url(#${id})`;
	}

	clip(shape: string): string {
		const id = this.id('cp');
		this.defs.push(`<clipPath id="${id}">${shape}</clipPath>`);
		return `url(#${id})`;
	}

	toString(): string {
		return `<svg xmlns="http://www.w3.org/2000/svg" width="${this.w}" height="${this.h}" viewBox="0 0 ${this.w} ${this.h}"><defs>${this.defs.join('')}</defs>${this.body.join('')}</svg>`;
	}
}
