/** The sample pictures of the Biella district: cover, stories and businesses. */
import { background, hills, vignette } from '../pieces.ts';
import { between, f } from '../random.ts';
import { CARD, type Spec, WIDE } from '../spec.ts';
import { herringbone, weave } from '../textiles.ts';

export const biella: Spec[] = [
	{
		file: 'biella-cover.jpg', size: WIDE, draw: (c) => {
			background(c, '#444', '#444');
			weave(c, 0, 0, c.w, c.h, 80, ['#8d8f8c', '#c2a27a', '#3f5e45', '#a8aaa6'], ['#c2a27a', '#6f7270', '#2f4a37', '#d2b48c']);
			vignette(c, 0.3);
		},
	},
	{
		file: 'biella-l-acqua-e-la-lana.jpg', size: WIDE, draw: (c) => {
			background(c, '#e7ecec', '#cbd8d6');
			hills(c, 420, ['#9fb9c8', '#6f9a80', '#5b8aa0', '#2f5a48'], 110, 120);
			const river = 'M780,430 C760,560 880,640 820,760 C760,880 900,940 980,1010';
			c.add(`<path d="${river}" fill="none" stroke="#cfe6ef" stroke-width="70" stroke-linecap="round" opacity="0.95"/><path d="${river}" fill="none" stroke="#8fc1d6" stroke-width="26" stroke-linecap="round" opacity="0.8"/>`);
			for (let k = 0; k < 16; k++) {
				const x = 120 + k * 92;
				c.add(`<line x1="${f(x)}" y1="-10" x2="${f(x + between(c.rng, -20, 20))}" y2="${c.h + 10}" stroke="${k % 3 === 0 ? '#c2a27a' : '#f4efe4'}" stroke-width="4" opacity="0.75"/>`);
			}
			vignette(c, 0.25);
		},
	},
	{
		file: 'lanificio-ramella.jpg', size: CARD, draw: (c) => {
			background(c, '#555', '#555');
			herringbone(c, ['#6f7782', '#3c557a'], 60, 24);
			vignette(c, 0.35);
		},
	},
];
