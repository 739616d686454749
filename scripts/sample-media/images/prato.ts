/** The sample pictures of the Prato district: cover, stories and businesses. */
import { woodPlank } from '../furniture.ts';
import { background, vignette } from '../pieces.ts';
import { between, pick } from '../random.ts';
import { CARD, type Spec, WIDE } from '../spec.ts';
import { patchwork, threads, woolHeap, yarnCone } from '../textiles.ts';

export const prato: Spec[] = [
	{
		file: 'prato-cover.jpg', size: WIDE, draw: (c) => {
			background(c, '#3b3434', '#3b3434');
			patchwork(c, 0, 0, c.w, c.h, 9, 6, ['#b5442f', '#9a3a2a', '#2f4f7a', '#3e6a99', '#8d8f93', '#6f7377', '#c9b79a', '#d1644a']);
			vignette(c, 0.3);
		},
	},
	{
		file: 'prato-la-lana-che-ritorna.jpg', size: WIDE, draw: (c) => {
			background(c, '#3b3434', '#3b3434');
			patchwork(c, 0, 0, c.w, c.h, 7, 5, ['#b5442f', '#c2553b', '#2f4f7a', '#4a73a3', '#7f8489', '#a3a7ab', '#5b6066']);
			threads(c, 7, '#f1e8d6', 3.5);
			threads(c, 4, '#e9c46a', 2.5);
			vignette(c, 0.32);
		},
	},
	{
		file: 'prato-cenci.jpg', size: WIDE, draw: (c) => {
			background(c, '#efe6d6', '#dccfb9');
			const colors = ['#b5302a', '#c9483a', '#d46a4a', '#c58b5a', '#8f7d73', '#7b8797', '#4f6d96', '#34507d', '#2b3d5e', '#6e7378', '#9aa0a6'];
			for (let shelf = 0; shelf < 3; shelf++) {
				const y = 320 + shelf * 300;
				for (let k = 0; k < 6; k++) woolHeap(c, 160 + k * 255, y, 230, between(c.rng, 150, 210), colors[Math.min(colors.length - 1, Math.floor(((shelf * 6 + k) / 18) * colors.length))]!);
				woodPlank(c, 0, y, c.w, 34, '#8a6442');
			}
			vignette(c, 0.2);
		},
	},
	{
		file: 'lanificio-bardazzi.jpg', size: CARD, draw: (c) => {
			background(c, '#efe6d6', '#d9ccb5');
			const colors = ['#b5302a', '#c9483a', '#c58b5a', '#8f7d73', '#4f6d96', '#34507d'];
			colors.forEach((color, k) => woolHeap(c, 150 + k * 180 + (k % 2) * 20, 700 - (k % 2) * 140, 260, between(c.rng, 220, 300), color));
			c.add(`<rect x="0" y="700" width="${c.w}" height="200" fill="#6b5a48"/>`);
			vignette(c, 0.2);
		},
	},
	{
		file: 'filatura-ciampi.jpg', size: CARD, draw: (c) => {
			background(c, '#ece3d3', '#d6c8b0');
			const colors = ['#a8492b', '#c46a2e', '#d99a2b', '#b9803c', '#7a4a2a', '#c05b3a', '#8a6d3b'];
			for (let row = 0; row < 2; row++) {
				const y = 400 + row * 400;
				woodPlank(c, 0, y, c.w, 30, '#7d5a3c');
				for (let k = 0; k < 6; k++) yarnCone(c, 130 + k * 190, y, 150, 250, pick(c.rng, colors));
			}
			vignette(c, 0.2);
		},
	},
	{
		file: 'il-filo-di-montemurlo.jpg', size: WIDE, draw: (c) => {
			background(c, '#e9dfcd', '#cdbd9f');
			const colors = ['#a8492b', '#c05b3a', '#d99a2b', '#c9a23a', '#34507d', '#4a6fa0', '#2b3d5e'];
			woodPlank(c, 0, 820, c.w, 40, '#6f4f33');
			for (let k = 0; k < 8; k++) yarnCone(c, 130 + k * 190, 820, 160, between(c.rng, 360, 460), colors[k % colors.length]!);
			threads(c, 3, '#a8492b', 2);
			vignette(c, 0.25);
		},
	},
];
