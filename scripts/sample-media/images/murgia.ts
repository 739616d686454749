/** The sample pictures of the Murgia district: cover, stories and businesses. */
import { jitter } from '../colour.ts';
import { cushion, fabricRoll, headboard, sofa, tufa } from '../furniture.ts';
import { background, hills, vignette } from '../pieces.ts';
import { between, f, pick } from '../random.ts';
import { CARD, type Spec, WIDE } from '../spec.ts';

export const murgia: Spec[] = [
	{
		file: 'murgia-cover.jpg', size: WIDE, draw: (c) => {
			background(c, '#b9b3aa', '#a29b91');
			const colors = ['#c4623f', '#d9a33a', '#8c8782', '#b85a3a', '#e0b34f', '#77726d'];
			for (let k = 0; k < 6; k++) c.add(`<rect x="${f(80 + k * 250)}" y="${f(between(c.rng, 60, 140))}" width="220" height="300" rx="10" fill="${jitter(c.rng, pick(c.rng, colors), 0.03)}" transform="rotate(${f(between(c.rng, -6, 6))} ${f(190 + k * 250)} 260)" opacity="0.85"/>`);
			for (let k = 0; k < 5; k++) cushion(c, 230 + k * 290, 640 + (k % 2) * 60, 300, between(c.rng, -12, 12), colors[k % colors.length]!);
			vignette(c, 0.28);
		},
	},
	{
		file: 'la-murgia-dopo-il-boom-del-divano.jpg', size: WIDE, draw: (c) => {
			background(c, '#efe3c6', '#e4d3ad');
			hills(c, 430, ['#d7c497', '#c1ad7f', '#a9966a'], 40, 90);
			for (let row = 0; row < 5; row++) {
				const y = 480 + row * 70 + row * row * 8;
				const stones: string[] = [];
				for (let x = -10; x < c.w + 20; x += between(c.rng, 14, 26)) stones.push(`<ellipse cx="${f(x)}" cy="${f(y + Math.sin(x / 200 + row) * 18 + between(c.rng, -3, 3))}" rx="${f(between(c.rng, 8, 14) * (1 + row * 0.25))}" ry="${f(between(c.rng, 5, 8) * (1 + row * 0.25))}" fill="${jitter(c.rng, '#b3a890', 0.06)}" stroke="#8a7f6a" stroke-width="1.5"/>`);
				c.add(`<g opacity="0.95">${stones.join('')}</g>`);
			}
			sofa(c, 360, 470, 880, 400, '#d9a33a');
			vignette(c, 0.22);
		},
	},
	{
		file: 'divani-loiudice.jpg', size: CARD, draw: (c) => {
			background(c, '#a9a49d', '#8f8982');
			c.add(`<rect x="0" y="760" width="${c.w}" height="140" fill="#7b756e"/>`);
			sofa(c, 140, 360, 920, 420, '#d7a135');
			vignette(c, 0.25);
		},
	},
	{
		file: 'la-tappezzeria-dei-sassi.jpg', size: WIDE, draw: (c) => {
			background(c, '#efe0c2', '#e3cfa6');
			tufa(c, 520, ['#dcc59a', '#d2b88a', '#e6d3ad', '#c9ad7e']);
			c.add(`<rect x="0" y="600" width="${c.w}" height="400" fill="#5e4a3a" opacity="0.35"/>`);
			headboard(c, 180, 420, 620, 420, '#1f5f66');
			const colors = ['#1f5f66', '#b5593a', '#d9a33a', '#6d8a6a', '#e8dcc2'];
			for (let k = 0; k < 5; k++) fabricRoll(c, 880, 520 + k * 90, 560, 40, colors[k]!);
			vignette(c, 0.25);
		},
	},
	{
		file: 'imbottiti-lorusso.jpg', size: CARD, draw: (c) => {
			background(c, '#eadcc0', '#d9c6a0');
			headboard(c, 120, 150, 560, 600, '#1f5f66');
			const colors = ['#b5593a', '#1f5f66', '#d9a33a', '#6d8a6a', '#e8dcc2', '#8c3b3b'];
			for (let k = 0; k < 6; k++) fabricRoll(c, 720, 220 + k * 100, 400, 44, colors[k]!);
			vignette(c, 0.22);
		},
	},
];
