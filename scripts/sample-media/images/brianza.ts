/** The sample pictures of the Brianza district: cover, stories and businesses. */
import { chairOutline, woodPlank } from '../furniture.ts';
import { background, vignette } from '../pieces.ts';
import { f } from '../random.ts';
import { CARD, type Spec, WIDE } from '../spec.ts';

export const brianza: Spec[] = [
	{
		file: 'brianza-cover.jpg', size: WIDE, draw: (c) => {
			const bases = ['#5b3a24', '#c49a6c', '#6b452b', '#b8875a', '#4e3220'];
			bases.forEach((b, k) => woodPlank(c, 0, k * 200, c.w, 200, b));
			chairOutline(c, 640, 200, 620, '#f3e7d3');
			vignette(c, 0.3);
		},
	},
	{
		file: 'l-ebanista-di-meda.jpg', size: WIDE, draw: (c) => {
			const bases = ['#c49a6c', '#5b3a24', '#b8875a', '#6b452b', '#d0a878', '#4e3220', '#a97b4f'];
			bases.forEach((b, k) => woodPlank(c, 0, k * 143, c.w, 143, b));
			c.add(`<rect x="560" y="130" width="520" height="760" rx="16" fill="#000" opacity="0.18"/>`);
			chairOutline(c, 660, 170, 680, '#f6ecdc');
			vignette(c, 0.3);
		},
	},
	{
		file: 'ebanisteria-cattaneo.jpg', size: CARD, draw: (c) => {
			woodPlank(c, 0, 0, c.w, c.h, '#7a5031', false, 1.6);
			for (let k = 1; k < 4; k++) c.add(`<rect x="0" y="${k * 225 - 2}" width="${c.w}" height="4" fill="#2e1c10" opacity="0.6"/>`);
			vignette(c, 0.3);
		},
	},
	{
		file: 'brianza-incastri.jpg', size: WIDE, draw: (c) => {
			background(c, '#2a1d14', '#2a1d14');
			woodPlank(c, 0, 0, 1000, c.h, '#d3ab7a');
			woodPlank(c, 700, 0, 900, c.h, '#5b3a24', true);
			const tails: string[] = [];
			const n = 5;
			const pitch = c.h / n;
			for (let k = 0; k < n; k++) {
				const y = k * pitch + pitch * 0.2;
				const h = pitch * 0.6;
				tails.push(`M700,${f(y + h * 0.2)} L980,${f(y)} L980,${f(y + h)} L700,${f(y + h * 0.8)} Z`);
			}
			const clip = c.clip(`<path d="${tails.join(' ')}"/>`);
			c.add(`<g clip-path="${clip}"><rect x="680" y="0" width="320" height="${c.h}" fill="#5b3a24"/></g>`);
			c.add(`<path d="${tails.join(' ')}" fill="none" stroke="#1e130b" stroke-width="3"/>`);
			c.add(`<line x1="700" y1="0" x2="700" y2="${c.h}" stroke="#1e130b" stroke-width="2" opacity="0.5"/>`);
			vignette(c, 0.35);
		},
	},
];
