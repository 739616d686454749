/** The sample pictures of the Fermo district: cover, stories and businesses. */
import { jitter } from '../colour.ts';
import { shoe, shoeLast } from '../footwear.ts';
import { background, halo, hills, vignette } from '../pieces.ts';
import { f } from '../random.ts';
import { CARD, type Spec, WIDE } from '../spec.ts';

export const fermo: Spec[] = [
	{
		file: 'fermo-calzature-cover.jpg', size: WIDE, draw: (c) => {
			background(c, '#f3e9d2', '#e8d8b4');
			hills(c, 640, ['#cdb98a', '#9fb27a', '#7c9a62', '#d8c398'], 70, 90);
			for (let k = 0; k < 4; k++) shoeLast(c, 70 + k * 380, 250 + (k % 2) * 90, 340, jitter(c.rng, '#d9b27c', 0.03), k % 2 === 1);
			vignette(c, 0.22);
		},
	},
	{
		file: 'le-forme-di-monte-urano.jpg', size: WIDE, draw: (c) => {
			background(c, '#a9bba3', '#8fa58a');
			for (let row = 0; row < 3; row++) for (let k = 0; k < 4; k++) shoeLast(c, 70 + k * 370 + (row % 2) * 70, 110 + row * 290, 310, jitter(c.rng, '#e1c08e', 0.04), row % 2 === 1);
			vignette(c, 0.25);
		},
	},
	{
		file: 'formificio-properzi.jpg', size: CARD, draw: (c) => {
			background(c, '#ece4d6', '#d7ccb8');
			for (const [rail, y] of [[110, 300], [500, 690]] as const) {
				c.add(`<rect x="0" y="${rail}" width="${c.w}" height="16" fill="#6b5a48"/>`);
				for (let k = 0; k < 5; k++) {
					const x = 40 + k * 228 + (rail > 200 ? 60 : 0);
					const size = 200;
					c.add(`<line x1="${f(x + size * 0.2)}" y1="${rail + 14}" x2="${f(x + size * 0.2)}" y2="${f(y + size * 0.13)}" stroke="#4a3b2e" stroke-width="3"/>`);
					shoeLast(c, x, y, size, jitter(c.rng, '#e1c08e', 0.04));
				}
			}
			vignette(c, 0.2);
		},
	},
	{
		file: 'da-sant-elpidio-a-tokyo.jpg', size: WIDE, draw: (c) => {
			background(c, '#f5eedf', '#ebdfc8');
			c.add(`<circle cx="1080" cy="360" r="250" fill="#c8302c"/>`);
			c.add(`<rect x="0" y="800" width="${c.w}" height="200" fill="#e2d2b2"/>`);
			shoe(c, 230, 420, 980, '#a8683a', '#3a2a20');
			vignette(c, 0.18);
		},
	},
	{
		file: 'calzaturificio-vitali.jpg', size: CARD, draw: (c) => {
			background(c, '#6e7642', '#55603a');
			halo(c, '#c8c48a', 2, 0.1);
			shoe(c, 130, 330, 940, '#b4773f', '#2f231b');
			vignette(c, 0.3);
		},
	},
];
