/** The sample pictures of the Gragnano district: cover, stories and businesses. */
import { jitter } from '../colour.ts';
import { bronzeDie, fusillo, pacchero, pastaHanks } from '../pasta.ts';
import { background, halo, hills, vignette } from '../pieces.ts';
import { between, f, pick } from '../random.ts';
import { CARD, type Spec, WIDE } from '../spec.ts';

export const gragnano: Spec[] = [
	{
		file: 'gragnano-cover.jpg', size: WIDE, draw: (c) => {
			background(c, '#f6e9b8', '#f1d98f');
			hills(c, 620, ['#9bb27c', '#6f9460', '#4f7a4c'], 120, 110);
			pastaHanks(c, 80, 1520, 150, 360, '#e9c46a');
			pastaHanks(c, 200, 1400, 500, 300, '#f0cf7b');
			vignette(c, 0.22);
		},
	},
	{
		file: 'gragnano-la-citta-della-pasta.jpg', size: WIDE, draw: (c) => {
			background(c, '#f8efc6', '#f2dd97');
			c.add(`<circle cx="1250" cy="210" r="110" fill="#fbf4d7"/>`);
			hills(c, 560, ['#b7c68e', '#8daf6d', '#5f8a52', '#3f6a3e'], 130, 120);
			pastaHanks(c, 40, 1560, 260, 420, '#e6bd5c');
			vignette(c, 0.22);
		},
	},
	{
		file: 'gragnano-essiccazione.jpg', size: WIDE, draw: (c) => {
			background(c, '#f3e3b3', '#e8cf8b');
			const fronts = ['#d9a55a', '#e3b66d', '#cf8f4e', '#e8c17c', '#c98a52'];
			let x = -20;
			while (x < c.w) {
				const w = between(c.rng, 220, 340);
				const color = pick(c.rng, fronts);
				const top = between(c.rng, 40, 120);
				c.add(`<rect x="${f(x)}" y="${f(top)}" width="${f(w)}" height="${f(c.h)}" fill="${color}"/>`);
				for (let fy = top + 60; fy < 640; fy += 150) for (let fx = x + 40; fx < x + w - 60; fx += 100) c.add(`<rect x="${f(fx)}" y="${f(fy)}" width="46" height="84" fill="#3f6e5a"/><rect x="${f(fx + 14)}" y="${f(fy)}" width="18" height="84" fill="#2b2b2b" opacity="0.6"/>`);
				x += w + 4;
			}
			c.add(`<rect x="0" y="820" width="${c.w}" height="180" fill="#9b8a74"/>`);
			for (let k = 0; k < 3; k++) pastaHanks(c, -20, c.w + 20, 250 + k * 190, 200, jitter(c.rng, '#f1d27f', 0.02), '#8a6b45');
			vignette(c, 0.25);
		},
	},
	{
		file: 'la-trafila-di-bronzo.jpg', size: WIDE, draw: (c) => {
			background(c, '#26313b', '#3a4754');
			halo(c, '#c88d4f', 2, 0.08);
			bronzeDie(c, 800, 500, 400);
			vignette(c, 0.4);
		},
	},
	{
		file: 'trafile-cascone.jpg', size: CARD, draw: (c) => {
			background(c, '#2a343e', '#3b4856');
			bronzeDie(c, 600, 450, 360);
			vignette(c, 0.4);
		},
	},
	{
		file: 'i-paccheri-viaggiano-online.jpg', size: WIDE, draw: (c) => {
			background(c, '#1f4aa8', '#173a85');
			halo(c, '#6f95e0', 3, 0.1);
			const points: [number, number][] = [];
			for (let k = 0; k < 11; k++) points.push([between(c.rng, 140, c.w - 140), between(c.rng, 130, c.h - 130)]);
			for (let k = 0; k < points.length - 1; k++) {
				const [ax, ay] = points[k]!;
				const [bx, by] = points[k + 1]!;
				c.add(`<path d="M${f(ax)},${f(ay)} Q${f((ax + bx) / 2)},${f(Math.min(ay, by) - 120)} ${f(bx)},${f(by)}" fill="none" stroke="#f4e3b0" stroke-width="4" stroke-dasharray="4 14" stroke-linecap="round" opacity="0.8"/>`);
			}
			points.forEach(([x, y], k) => (k % 2 === 0 ? pacchero(c, x, y, 150, 46, between(c.rng, -60, 60), '#e8c271') : fusillo(c, x, y, 200, 54, between(c.rng, -60, 60), '#e3b95f')));
			vignette(c, 0.35);
		},
	},
	{
		file: 'pastificio-aurilia.jpg', size: CARD, draw: (c) => {
			background(c, '#2250b0', '#183f8c');
			for (let j = 0; j < 3; j++) {
				for (let i = 0; i < 4; i++) {
					const x = 170 + i * 290 + between(c.rng, -30, 30);
					const y = 170 + j * 280 + between(c.rng, -30, 30);
					if ((i + j) % 2 === 0) pacchero(c, x, y, 160, 50, between(c.rng, -70, 70), '#eac673');
					else fusillo(c, x, y, 210, 56, between(c.rng, -70, 70), '#e3b95f');
				}
			}
			vignette(c, 0.35);
		},
	},
];
