/**
 * What a sample picture is (its file, size and drawing) and what several districts share: the sizes
 * and the ceramic palettes.
 */
import type { Canvas } from './canvas.ts';

/** Heroes, district covers and figures. */
export const WIDE = { w: 1600, h: 1000 };
/** Business images. */
export const CARD = { w: 1200, h: 900 };

export const TERRACOTTA = '#c4623f';
export const MAJOLICA = [
	{ ground: '#f6efdc', a: '#1f4fa3', b: '#e8b321', c: '#3f8a4e' },
	{ ground: '#f4ead2', a: '#e8b321', b: '#1f4fa3', c: '#2f7f8f' },
	{ ground: '#f7f0e0', a: '#3f8a4e', b: '#1f4fa3', c: '#e8b321' },
	{ ground: '#f2e6cc', a: '#1f4fa3', b: '#c2562e', c: '#e8b321' },
];

export interface Spec {
	file: string;
	size: { w: number; h: number };
	draw: (c: Canvas) => void;
}
