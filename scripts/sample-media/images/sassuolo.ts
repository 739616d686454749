/** The sample pictures of the Sassuolo district: cover, stories and businesses. */
import { glazeRuns, glazeSwatch, kilnGlow, network, tileGrid } from '../ceramics.ts';
import { jitter, mix } from '../colour.ts';
import { background, vignette } from '../pieces.ts';
import { between, f, pick } from '../random.ts';
import { CARD, type Spec, WIDE } from '../spec.ts';

export const sassuolo: Spec[] = [
	{
		file: 'sassuolo-cover.jpg', size: WIDE, draw: (c) => {
			background(c, '#e9eef2', '#cfd9e1');
			const pal = ['#8cc3e3', '#d9a441', '#f3ecdf', '#6fa9d1', '#e6c07b'];
			tileGrid(c, -30, -30, 12, 8, 138, 8, (_i, j) => (j === 3 ? jitter(c.rng, '#1f4a6e', 0.04) : jitter(c.rng, pick(c.rng, pal), 0.03)), 0.3);
			vignette(c, 0.22);
		},
	},
	{
		file: 'la-fornace-dei-fontana.jpg', size: WIDE, draw: (c) => {
			background(c, '#2b1f1b', '#4a2f25');
			kilnGlow(c, 1130, 760, 520, 560);
			tileGrid(c, 80, 120, 5, 5, 150, 10, () => jitter(c.rng, pick(c.rng, ['#9bb59a', '#a9c3a4', '#efe6d2', '#e5dcc5']), 0.025), 0.35);
			c.add(`<rect x="0" y="${f(c.h - 140)}" width="${c.w}" height="140" fill="#1f1613"/>`);
			vignette(c, 0.35);
		},
	},
	{
		file: 'sassuolo-glaze.jpg', size: WIDE, draw: (c) => {
			background(c, '#f5f0e6', '#e7dfd0');
			glazeRuns(c, ['#3fb3b0', '#2a8f9a', '#d4a24a', '#f3efe6', '#e3b867', '#66c6c0'], 40);
			c.add(`<rect x="0" y="0" width="${c.w}" height="60" fill="#2f6f79"/>`);
			vignette(c, 0.18);
		},
	},
	{
		file: 'i-colori-di-castellarano.jpg', size: WIDE, draw: (c) => {
			background(c, '#f4efe6', '#e6ddce');
			const colors = ['#1aa7a1', '#39b6c6', '#5bc0a8', '#f2c14e', '#f29e4c', '#ef7b5a', '#e9625f', '#d65d7a', '#8e6bbf', '#3e7cc4'];
			let k = 0;
			for (let j = 0; j < 4; j++) {
				for (let i = 0; i < 7; i++) {
					const t = (i + j * 7) / 27;
					const color = mix(colors[Math.floor(t * (colors.length - 1))]!, colors[Math.min(colors.length - 1, Math.floor(t * (colors.length - 1)) + 1)]!, (t * (colors.length - 1)) % 1);
					glazeSwatch(c, 190 + i * 205 + (j % 2) * 60, 160 + j * 225, between(c.rng, 72, 92), jitter(c.rng, color, 0.02));
					k++;
				}
			}
			vignette(c, 0.15);
		},
	},
	{
		file: 'sassuolo-in-rete.jpg', size: WIDE, draw: (c) => {
			background(c, '#dce9f2', '#b9d1e2');
			tileGrid(c, -20, -20, 14, 9, 112, 6, () => jitter(c.rng, pick(c.rng, ['#cfe3f0', '#bcd7ea', '#e3eef5', '#a9cbe3']), 0.02), 0.15);
			c.add(`<rect width="${c.w}" height="${c.h}" fill="#0e2c45" opacity="0.25"/>`);
			network(c, 22, '#f6c453', [120, 110, c.w - 120, c.h - 110]);
			vignette(c, 0.3);
		},
	},
	{
		file: 'ceramiche-fontana.jpg', size: CARD, draw: (c) => {
			background(c, '#2d211c', '#3e2b23');
			kilnGlow(c, 760, 700, 460, 520);
			for (let s = 0; s < 3; s++) {
				const x = 90 + s * 200;
				const n = 14 + Math.floor(c.rng() * 8);
				for (let k = 0; k < n; k++) {
					const color = jitter(c.rng, s === 1 ? '#efe6d2' : '#9bb59a', 0.02);
					c.add(`<rect x="${f(x + between(c.rng, -4, 4))}" y="${f(820 - k * 18)}" width="170" height="16" rx="3" fill="${color}"/><rect x="${f(x)}" y="${f(820 - k * 18 + 12)}" width="170" height="4" fill="#000" opacity="0.18"/>`);
				}
			}
			c.add(`<rect x="0" y="836" width="${c.w}" height="64" fill="#1c1411"/>`);
			vignette(c, 0.3);
		},
	},
	{
		file: 'smalti-ferrarini.jpg', size: CARD, draw: (c) => {
			background(c, '#f3efe7', '#e2dacb');
			const colors = ['#1aa7a1', '#36b9c4', '#ef7b5a', '#f28a6a', '#f2b233', '#e9a21f', '#1f8a8a', '#e25f4f'];
			for (let j = 0; j < 3; j++) for (let i = 0; i < 4; i++) glazeSwatch(c, 180 + i * 280 + (j % 2) * 40, 170 + j * 270, between(c.rng, 95, 115), pick(c.rng, colors));
			vignette(c, 0.15);
		},
	},
];
