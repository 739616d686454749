/** Footwear: shoe lasts and shoes. */
import type { Canvas } from './canvas.ts';
import { shade } from './colour.ts';
import { shadow } from './pieces.ts';
import { f } from './random.ts';

export const LAST_PATH = 'M0.05,0.10 L0.42,0.08 C0.55,0.10 0.70,0.19 0.84,0.27 C0.97,0.33 1.0,0.40 0.96,0.44 L0.20,0.46 C0.06,0.46 0.0,0.38 0.01,0.26 C0.02,0.17 0.03,0.12 0.05,0.10 Z';

export function shoeLast(c: Canvas, x: number, y: number, scale: number, wood: string, flip = false): void {
	const t = `translate(${f(flip ? x + scale : x)} ${f(y)}) scale(${f(flip ? -scale : scale)} ${f(scale)})`;
	shadow(c, `<path d="${LAST_PATH}" fill="#000" transform="${t}"/>`, 6, 10, 8, 0.3);
	const fill = c.linear([[0, shade(wood, 0.25)], [0.55, wood], [1, shade(wood, -0.3)]]);
	c.add(`<path d="${LAST_PATH}" fill="${fill}" transform="${t}"/>`);
	c.add(`<path d="M0.30,0.085 C0.31,0.2 0.29,0.33 0.27,0.455" fill="none" stroke="${shade(wood, -0.35)}" stroke-width="0.006" transform="${t}"/>`);
	c.add(`<circle cx="0.2" cy="0.13" r="0.018" fill="${shade(wood, -0.5)}" transform="${t}"/>`);
	c.add(`<path d="M0.08,0.13 C0.25,0.12 0.5,0.14 0.8,0.29" fill="none" stroke="#ffffff" stroke-width="0.01" opacity="0.3" transform="${t}"/>`);
}

export function shoe(c: Canvas, x: number, y: number, scale: number, leather: string, sole: string): void {
	const t = `translate(${f(x)} ${f(y)}) scale(${f(scale)})`;
	const upper = 'M0.03,0.39 C0.0,0.27 0.02,0.14 0.06,0.09 L0.31,0.11 C0.38,0.13 0.44,0.145 0.49,0.125 C0.63,0.16 0.78,0.22 0.90,0.28 C0.99,0.32 1.0,0.37 0.98,0.40 Z';
	shadow(c, `<path d="${upper}" fill="#000" transform="${t}"/><rect x="0" y="0.39" width="1" height="0.08" fill="#000" transform="${t}"/>`, 8, 14, 12, 0.35);
	c.add(`<path d="M0.0,0.39 L0.99,0.39 C1.01,0.42 1.0,0.44 0.97,0.44 L0.26,0.44 L0.24,0.48 L0.03,0.48 L0.02,0.44 Z" fill="${sole}" transform="${t}"/>`);
	c.add(`<path d="${upper}" fill="${c.linear([[0, shade(leather, 0.18)], [0.6, leather], [1, shade(leather, -0.25)]])}" transform="${t}"/>`);
	const seams = ['M0.05,0.25 C0.12,0.22 0.2,0.22 0.27,0.27 L0.27,0.39', 'M0.76,0.21 C0.73,0.28 0.74,0.35 0.78,0.39', 'M0.31,0.11 C0.35,0.2 0.42,0.28 0.56,0.3 C0.6,0.24 0.58,0.17 0.49,0.125'];
	c.add(`<path d="${seams.join(' ')}" fill="none" stroke="${shade(leather, -0.35)}" stroke-width="0.005" transform="${t}"/>`);
	c.add(`<path d="${seams.join(' ')}" fill="none" stroke="${shade(leather, 0.35)}" stroke-width="0.003" stroke-dasharray="0.01 0.008" transform="${t} translate(0.006 0.006)"/>`);
	const laces: string[] = [];
	for (let k = 0; k < 4; k++) {
		const lx = 0.37 + k * 0.04;
		laces.push(`M${f(lx)},${0.15 + k * 0.02} L${f(lx + 0.06)},${0.14 + k * 0.02}`);
	}
	c.add(`<path d="${laces.join(' ')}" fill="none" stroke="#f3e9d8" stroke-width="0.008" stroke-linecap="round" transform="${t}"/>`);
	c.add(`<path d="M0.1,0.14 C0.3,0.15 0.6,0.2 0.9,0.31" fill="none" stroke="#ffffff" stroke-width="0.01" opacity="0.25" transform="${t}"/>`);
}
