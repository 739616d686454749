/** The sample pictures of the Vicenza district: cover, stories and businesses. */
import { castingTree, chain, ring } from '../gold.ts';
import { background, halo, vignette } from '../pieces.ts';
import { between } from '../random.ts';
import { CARD, type Spec, WIDE } from '../spec.ts';

export const vicenza: Spec[] = [
	{
		file: 'vicenza-oro-cover.jpg', size: WIDE, draw: (c) => {
			background(c, '#0f1a33', '#1b2a4d');
			halo(c, '#3b5aa0', 3, 0.12);
			chain(c, (t) => [-80 + t * (c.w + 160), 720 - Math.sin(t * Math.PI) * 380 + Math.sin(t * 9) * 20], 70, 13);
			for (let k = 0; k < 6; k++) ring(c, between(c.rng, 150, c.w - 150), between(c.rng, 160, 520), between(c.rng, 50, 110), between(c.rng, 12, 22), between(c.rng, 0.35, 0.9), between(c.rng, -40, 40));
			vignette(c, 0.4);
		},
	},
	{
		file: 'vicenza-meno-botteghe-piu-mestiere.jpg', size: WIDE, draw: (c) => {
			background(c, '#0d1730', '#17264a');
			halo(c, '#2f4f94', 4, 0.1);
			for (let k = 0; k < 26; k++) ring(c, between(c.rng, 60, c.w - 60), between(c.rng, 60, c.h - 60), between(c.rng, 14, 34), between(c.rng, 5, 9), between(c.rng, 0.3, 1), between(c.rng, -60, 60), -0.35);
			ring(c, 560, 470, 190, 38, 0.75, -18, 0.05);
			ring(c, 1050, 560, 140, 30, 0.55, 24, 0.1);
			ring(c, 1230, 300, 90, 22, 0.9, 0, 0.05);
			vignette(c, 0.45);
		},
	},
	{
		file: 'la-catena-dei-dal-molin.jpg', size: WIDE, draw: (c) => {
			background(c, '#4a1022', '#6b1a33');
			halo(c, '#a0364f', 3, 0.12);
			chain(c, (t) => [-100 + t * (c.w + 200), 520 + Math.sin(t * Math.PI * 1.6 - 0.4) * 260], 86, 15);
			vignette(c, 0.4);
		},
	},
	{
		file: 'oreficeria-dal-molin.jpg', size: CARD, draw: (c) => {
			background(c, '#4e1124', '#6e1b35');
			chain(c, (t) => [-80 + t * (c.w + 160), c.h + 80 - t * (c.h + 160) + Math.sin(t * Math.PI * 2) * 60], 80, 14);
			vignette(c, 0.4);
		},
	},
	{
		file: 'fusioni-zanon.jpg', size: CARD, draw: (c) => {
			background(c, '#1c2430', '#2c3848');
			halo(c, '#e0a24a', 2, 0.08);
			castingTree(c, c.w / 2, 840, 760);
			vignette(c, 0.4);
		},
	},
];
