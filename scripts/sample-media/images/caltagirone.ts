/** The sample pictures of the Caltagirone district: cover, stories and businesses. */
import { majolica } from '../ceramics.ts';
import { jitter } from '../colour.ts';
import { staircase, vase, woodPlank } from '../furniture.ts';
import { background, halo, vignette } from '../pieces.ts';
import { f, pick } from '../random.ts';
import { CARD, MAJOLICA, type Spec, TERRACOTTA, WIDE } from '../spec.ts';

export const caltagirone: Spec[] = [
	{
		file: 'caltagirone-cover.jpg', size: WIDE, draw: (c) => {
			background(c, '#f1dcc0', '#e7c9a2');
			for (const side of [0, 1]) for (let k = 0; k < 4; k++) c.add(`<rect x="${side ? c.w - 260 - k * 70 : k * 70 - 40}" y="${f(120 + k * 60)}" width="300" height="${c.h}" fill="${jitter(c.rng, pick(c.rng, ['#e0b98a', '#d4a373', '#e8c79c']), 0.03)}"/>`);
			staircase(c, 18, 90, c.h, 300, 1300, MAJOLICA);
			vignette(c, 0.28);
		},
	},
	{
		file: 'la-scala-delle-maioliche.jpg', size: WIDE, draw: (c) => {
			background(c, '#cfe3ee', '#f1dcc0');
			c.add(`<rect x="640" y="20" width="320" height="90" fill="#e6cfa8"/><path d="M700,20 L800,-40 L900,20 Z" fill="#d4b58a"/>`);
			for (const side of [0, 1]) for (let k = 0; k < 5; k++) c.add(`<rect x="${side ? c.w - 220 - k * 60 : k * 60 - 60}" y="${f(80 + k * 70)}" width="280" height="${c.h}" fill="${jitter(c.rng, pick(c.rng, ['#e0b98a', '#d4a373', '#e8c79c', '#c99262']), 0.03)}"/>`);
			staircase(c, 24, 110, c.h, 320, 1400, MAJOLICA);
			vignette(c, 0.25);
		},
	},
	{
		file: 'caltagirone-decori.jpg', size: WIDE, draw: (c) => {
			background(c, '#f6efdc', '#f6efdc');
			const s = 260;
			for (let j = 0; j < 4; j++) for (let i = 0; i < 7; i++) majolica(c, i * s - 20, j * s - 20, s, MAJOLICA[(i + j) % MAJOLICA.length]!);
			c.add(`<g stroke="#d9ccb0" stroke-width="5">${Array.from({ length: 8 }, (_, i) => `<line x1="${i * s - 20}" y1="0" x2="${i * s - 20}" y2="${c.h}"/>`).join('')}${Array.from({ length: 5 }, (_, j) => `<line x1="0" y1="${j * s - 20}" x2="${c.w}" y2="${j * s - 20}"/>`).join('')}</g>`);
			vignette(c, 0.2);
		},
	},
	{
		file: 'maioliche-di-bartolo.jpg', size: CARD, draw: (c) => {
			background(c, '#d9ccb0', '#d9ccb0');
			const s = 290;
			for (let j = 0; j < 3; j++) for (let i = 0; i < 4; i++) majolica(c, 20 + i * (s + 6), 12 + j * (s + 6), s, MAJOLICA[(i * 3 + j) % MAJOLICA.length]!);
			vignette(c, 0.2);
		},
	},
	{
		file: 'le-teste-di-moro-di-caltagirone.jpg', size: WIDE, draw: (c) => {
			background(c, TERRACOTTA, '#a94f33');
			halo(c, '#e89a6a', 3, 0.1);
			woodPlank(c, 0, 820, c.w, 60, '#6b4a30');
			const pals = [
				{ body: '#f4ead2', a: '#1f4fa3', b: '#e8b321', c: '#3f8a4e' },
				{ body: '#1f4fa3', a: '#f4ead2', b: '#e8b321', c: '#3f8a4e' },
				{ body: '#f0e2c0', a: '#3f8a4e', b: '#1f4fa3', c: '#e8b321' },
				{ body: '#e8b321', a: '#1f4fa3', b: '#f4ead2', c: '#3f8a4e' },
			];
			[[250, 300, 420], [620, 360, 560], [1000, 320, 470], [1340, 280, 380]].forEach(([x, w, h], k) => vase(c, x!, 822, w!, h!, pals[k]!));
			c.add(`<rect x="0" y="880" width="${c.w}" height="120" fill="#7a3a26"/>`);
			vignette(c, 0.3);
		},
	},
	{
		file: 'bottega-scollo.jpg', size: CARD, draw: (c) => {
			background(c, '#ead9bd', '#d8c09a');
			const pals = [
				{ body: '#f4ead2', a: '#1f4fa3', b: '#e8b321', c: '#3f8a4e' },
				{ body: '#f0e2c0', a: '#e8b321', b: '#1f4fa3', c: '#3f8a4e' },
				{ body: '#f4ead2', a: '#1f4fa3', b: '#e8b321', c: '#2f7f8f' },
			];
			for (const [y, n] of [[420, 4], [800, 3]] as const) {
				woodPlank(c, 0, y, c.w, 36, '#7a5436');
				for (let k = 0; k < n; k++) vase(c, 150 + k * (900 / (n - 1 || 1)) * (n === 4 ? 1 : 1), y + 2, 220, 300, pals[(k + n) % pals.length]!);
			}
			vignette(c, 0.22);
		},
	},
];
