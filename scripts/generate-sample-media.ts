/**
 * Draws every image the sample content refers to, as abstract editorial
 * illustrations (SVG rendered to JPEG by sharp), into content/media/.
 *
 *   npx node scripts/generate-sample-media.ts
 *
 * Deterministic: each image has its own seeded PRNG (seeded from its file
 * name), so a run always produces the same pictures. No text, no photos.
 * Heroes, district covers and figures are 1600×1000; business images 1200×900.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { seededRandom } from './lib/seeded-random.ts';

const OUT = join(process.cwd(), 'content/media');
const WIDE = { w: 1600, h: 1000 };
const CARD = { w: 1200, h: 900 };
/** Keep every sample image under about 200 KB. */
const MAX_BYTES = 195 * 1024;

// ---------------------------------------------------------------- randomness

type Rng = () => number;

function hash(text: string): number {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	return h >>> 0;
}


const between = (rng: Rng, a: number, b: number) => a + (b - a) * rng();
const pick = <T,>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const f = (n: number) => (Math.round(n * 10) / 10).toString();

// ---------------------------------------------------------------- colour

type Rgb = [number, number, number];

function toRgb(hex: string): Rgb {
	const v = hex.replace('#', '');
	return [parseInt(v.slice(0, 2), 16), parseInt(v.slice(2, 4), 16), parseInt(v.slice(4, 6), 16)];
}

function toHex([r, g, b]: Rgb): string {
	const c = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');
	return `#${c(r)}${c(g)}${c(b)}`;
}

function mix(a: string, b: string, t: number): string {
	const x = toRgb(a);
	const y = toRgb(b);
	return toHex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}

/** Positive amounts lighten towards white, negative darken towards black. */
const shade = (c: string, amount: number) => (amount >= 0 ? mix(c, '#ffffff', amount) : mix(c, '#000000', -amount));

function jitter(rng: Rng, c: string, amount: number): string {
	const [r, g, b] = toRgb(c);
	const d = () => between(rng, -amount, amount) * 255;
	const l = d();
	return toHex([r + l + d() * 0.3, g + l + d() * 0.3, b + l + d() * 0.3]);
}

// ---------------------------------------------------------------- canvas

class Canvas {
	w: number;
	h: number;
	rng: Rng;
	defs: string[] = [];
	body: string[] = [];
	count = 0;

	constructor(w: number, h: number, rng: Rng) {
		this.w = w;
		this.h = h;
		this.rng = rng;
	}

	id(prefix: string): string {
		this.count += 1;
		return `${prefix}${this.count}`;
	}

	add(svg: string): void {
		this.body.push(svg);
	}

	linear(stops: [number, string, number?][], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
		const id = this.id('lg');
		const s = stops.map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a ?? 1}"/>`).join('');
		this.defs.push(`<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${s}</linearGradient>`);
		return `url(#${id})`;
	}

	radial(stops: [number, string, number?][], cx = 0.5, cy = 0.5, r = 0.5): string {
		const id = this.id('rg');
		const s = stops.map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a ?? 1}"/>`).join('');
		this.defs.push(`<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${s}</radialGradient>`);
		return `url(#${id})`;
	}

	blur(std: number): string {
		const id = this.id('bl');
		this.defs.push(`<filter id="${id}" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="${std}"/></filter>`);
		return `url(#${id})`;
	}

	clip(shape: string): string {
		const id = this.id('cp');
		this.defs.push(`<clipPath id="${id}">${shape}</clipPath>`);
		return `url(#${id})`;
	}

	toString(): string {
		return `<svg xmlns="http://www.w3.org/2000/svg" width="${this.w}" height="${this.h}" viewBox="0 0 ${this.w} ${this.h}"><defs>${this.defs.join('')}</defs>${this.body.join('')}</svg>`;
	}
}

// ---------------------------------------------------------------- shared pieces

function background(c: Canvas, top: string, bottom: string): void {
	c.add(`<rect width="${c.w}" height="${c.h}" fill="${c.linear([[0, top], [1, bottom]])}"/>`);
}

/** A soft darkening towards the edges, for depth. */
function vignette(c: Canvas, strength = 0.28): void {
	const fill = c.radial([[0.55, '#000000', 0], [1, '#000000', strength]], 0.5, 0.5, 0.75);
	c.add(`<rect width="${c.w}" height="${c.h}" fill="${fill}"/>`);
}

/** Large faint circles, a recurring editorial texture. */
function halo(c: Canvas, color: string, n = 3, opacity = 0.08): void {
	for (let i = 0; i < n; i++) {
		const r = between(c.rng, c.h * 0.25, c.h * 0.7);
		c.add(`<circle cx="${f(between(c.rng, 0, c.w))}" cy="${f(between(c.rng, 0, c.h))}" r="${f(r)}" fill="${color}" opacity="${opacity}"/>`);
	}
}

function shadow(c: Canvas, shape: string, dx = 8, dy = 12, blur = 10, opacity = 0.28): void {
	c.add(`<g transform="translate(${dx} ${dy})" filter="${c.blur(blur)}" opacity="${opacity}">${shape}</g>`);
}

function hills(c: Canvas, baseY: number, colors: string[], amplitude: number, spread = 60): void {
	colors.forEach((color, layer) => {
		const y0 = baseY + layer * spread;
		const k1 = between(c.rng, 1, 2.2);
		const k2 = between(c.rng, 2.5, 5);
		const p1 = between(c.rng, 0, Math.PI * 2);
		const p2 = between(c.rng, 0, Math.PI * 2);
		const points: string[] = [];
		for (let x = 0; x <= c.w; x += 20) {
			const t = x / c.w;
			const y = y0 - amplitude * (0.6 * Math.sin(t * Math.PI * k1 + p1) + 0.4 * Math.sin(t * Math.PI * k2 + p2)) * (1 - layer * 0.12);
			points.push(`${f(x)},${f(y)}`);
		}
		c.add(`<path d="M0,${c.h} L${points.join(' L')} L${c.w},${c.h} Z" fill="${color}"/>`);
	});
}

// ---------------------------------------------------------------- ceramics

function tileGrid(c: Canvas, x: number, y: number, cols: number, rows: number, size: number, gap: number, colorAt: (col: number, row: number) => string, pattern = 0.25): void {
	const sheen = c.linear([[0, '#ffffff', 0.35], [0.5, '#ffffff', 0.05], [1, '#000000', 0.08]], 0, 0, 1, 1);
	for (let j = 0; j < rows; j++) {
		for (let i = 0; i < cols; i++) {
			const tx = x + i * (size + gap);
			const ty = y + j * (size + gap);
			const color = colorAt(i, j);
			c.add(`<rect x="${f(tx)}" y="${f(ty)}" width="${f(size)}" height="${f(size)}" rx="${f(size * 0.04)}" fill="${color}"/>`);
			if (c.rng() < pattern) {
				const accent = shade(color, c.rng() < 0.5 ? -0.25 : 0.35);
				const kind = Math.floor(c.rng() * 3);
				if (kind === 0) c.add(`<path d="M${f(tx)},${f(ty + size)} A${f(size)},${f(size)} 0 0 1 ${f(tx + size)},${f(ty)} L${f(tx + size)},${f(ty + size)} Z" fill="${accent}" opacity="0.6"/>`);
				else if (kind === 1) c.add(`<circle cx="${f(tx + size / 2)}" cy="${f(ty + size / 2)}" r="${f(size * 0.3)}" fill="none" stroke="${accent}" stroke-width="${f(size * 0.08)}" opacity="0.7"/>`);
				else c.add(`<path d="M${f(tx)},${f(ty)} L${f(tx + size)},${f(ty + size)} L${f(tx)},${f(ty + size)} Z" fill="${accent}" opacity="0.45"/>`);
			}
			c.add(`<rect x="${f(tx)}" y="${f(ty)}" width="${f(size)}" height="${f(size)}" rx="${f(size * 0.04)}" fill="${sheen}"/>`);
		}
	}
}

/** One hand-painted majolica tile: rosette, leaves and corner quarters. */
function majolica(c: Canvas, x: number, y: number, s: number, pal: { ground: string; a: string; b: string; c: string }): void {
	const cx = x + s / 2;
	const cy = y + s / 2;
	const parts: string[] = [`<rect x="${f(x)}" y="${f(y)}" width="${f(s)}" height="${f(s)}" fill="${pal.ground}"/>`];
	for (const [qx, qy] of [[x, y], [x + s, y], [x, y + s], [x + s, y + s]] as const) {
		parts.push(`<circle cx="${f(qx)}" cy="${f(qy)}" r="${f(s * 0.22)}" fill="${pal.c}"/>`);
		parts.push(`<circle cx="${f(qx)}" cy="${f(qy)}" r="${f(s * 0.12)}" fill="${pal.b}"/>`);
	}
	const petals = pick(c.rng, [6, 8, 8, 12]);
	for (let k = 0; k < petals; k++) {
		const angle = (360 / petals) * k;
		parts.push(`<ellipse cx="${f(cx)}" cy="${f(cy - s * 0.2)}" rx="${f(s * 0.07)}" ry="${f(s * 0.17)}" fill="${pal.a}" transform="rotate(${f(angle)} ${f(cx)} ${f(cy)})"/>`);
		parts.push(`<ellipse cx="${f(cx)}" cy="${f(cy - s * 0.36)}" rx="${f(s * 0.03)}" ry="${f(s * 0.07)}" fill="${pal.c}" transform="rotate(${f(angle + 180 / petals)} ${f(cx)} ${f(cy)})"/>`);
	}
	parts.push(`<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(s * 0.1)}" fill="${pal.b}"/>`);
	parts.push(`<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(s * 0.045)}" fill="${pal.ground}"/>`);
	parts.push(`<rect x="${f(x + s * 0.03)}" y="${f(y + s * 0.03)}" width="${f(s * 0.94)}" height="${f(s * 0.94)}" fill="none" stroke="${pal.a}" stroke-width="${f(s * 0.015)}" opacity="0.6"/>`);
	c.add(`<g clip-path="${c.clip(`<rect x="${f(x)}" y="${f(y)}" width="${f(s)}" height="${f(s)}"/>`)}">${parts.join('')}</g>`);
}

function kilnGlow(c: Canvas, cx: number, baseY: number, w: number, h: number): void {
	c.add(`<rect x="${f(cx - w / 2 - 60)}" y="${f(baseY - h - 60)}" width="${f(w + 120)}" height="${f(h + 60)}" rx="12" fill="#3a2a24"/>`);
	const glow = c.radial([[0, '#fff3c4'], [0.35, '#ffb347'], [0.75, '#e0561f'], [1, '#7a2412']], 0.5, 0.85, 0.8);
	c.add(`<path d="M${f(cx - w / 2)},${f(baseY)} L${f(cx - w / 2)},${f(baseY - h + w / 2)} A${f(w / 2)},${f(w / 2)} 0 0 1 ${f(cx + w / 2)},${f(baseY - h + w / 2)} L${f(cx + w / 2)},${f(baseY)} Z" fill="${glow}"/>`);
	for (let k = 0; k < 9; k++) {
		const yy = baseY - 20 - k * 14;
		c.add(`<line x1="${f(cx - w / 2 + 10)}" y1="${f(yy)}" x2="${f(cx + w / 2 - 10)}" y2="${f(yy)}" stroke="#7a2412" stroke-width="3" opacity="${f(0.5 - k * 0.04)}"/>`);
	}
}

function glazeSwatch(c: Canvas, cx: number, cy: number, r: number, color: string): void {
	shadow(c, `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="#000"/>`, 4, 8, 8, 0.25);
	const fill = c.radial([[0, shade(color, 0.35)], [0.6, color], [1, shade(color, -0.25)]], 0.38, 0.35, 0.7);
	c.add(`<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}"/>`);
	c.add(`<ellipse cx="${f(cx - r * 0.3)}" cy="${f(cy - r * 0.35)}" rx="${f(r * 0.32)}" ry="${f(r * 0.16)}" fill="#ffffff" opacity="0.35" transform="rotate(-30 ${f(cx)} ${f(cy)})"/>`);
}

function glazeRuns(c: Canvas, colors: string[], topY: number): void {
	let x = -20;
	while (x < c.w + 20) {
		const w = between(c.rng, 50, 130);
		const color = jitter(c.rng, pick(c.rng, colors), 0.04);
		const len = between(c.rng, c.h * 0.35, c.h * 0.9);
		const y = topY + between(c.rng, -30, 30);
		const tip = between(c.rng, 0.35, 0.6) * w;
		c.add(`<path d="M${f(x)},0 L${f(x + w)},0 L${f(x + w)},${f(y + len * 0.55)} C${f(x + w)},${f(y + len * 0.8)} ${f(x + w / 2 + tip / 2)},${f(y + len * 0.85)} ${f(x + w / 2 + tip / 2)},${f(y + len - tip / 2)} A${f(tip / 2)},${f(tip / 2)} 0 0 1 ${f(x + w / 2 - tip / 2)},${f(y + len - tip / 2)} C${f(x + w / 2 - tip / 2)},${f(y + len * 0.85)} ${f(x)},${f(y + len * 0.8)} ${f(x)},${f(y + len * 0.55)} Z" fill="${color}"/>`);
		c.add(`<path d="M${f(x + w * 0.25)},0 L${f(x + w * 0.25)},${f(y + len * 0.6)}" stroke="#ffffff" stroke-width="${f(w * 0.08)}" opacity="0.25" stroke-linecap="round"/>`);
		x += w * between(c.rng, 0.7, 1.05);
	}
}

function network(c: Canvas, n: number, color: string, area: [number, number, number, number]): void {
	const [x0, y0, x1, y1] = area;
	const nodes = Array.from({ length: n }, () => [between(c.rng, x0, x1), between(c.rng, y0, y1)] as const);
	for (let i = 0; i < n; i++) {
		const a = nodes[i]!;
		const near = nodes.map((b, j) => ({ j, d: Math.hypot(a[0] - b[0], a[1] - b[1]) })).filter((e) => e.j !== i).sort((p, q) => p.d - q.d).slice(0, 3);
		for (const { j } of near) {
			if (j < i) continue;
			const b = nodes[j]!;
			c.add(`<line x1="${f(a[0])}" y1="${f(a[1])}" x2="${f(b[0])}" y2="${f(b[1])}" stroke="${color}" stroke-width="3" opacity="0.7"/>`);
		}
	}
	for (const [x, y] of nodes) {
		const r = between(c.rng, 8, 20);
		c.add(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(r + 6)}" fill="${color}" opacity="0.25"/><circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="${color}"/>`);
	}
}

// ---------------------------------------------------------------- gold

function goldFill(c: Canvas, bright = 0): string {
	return c.linear([[0, shade('#8a6a1f', bright)], [0.3, shade('#f3d77a', bright)], [0.5, shade('#b8892d', bright)], [0.72, shade('#fff2b0', bright)], [1, shade('#9c7423', bright)]], 0, 0, 1, 1);
}

function ring(c: Canvas, cx: number, cy: number, r: number, thickness: number, tilt: number, angle: number, bright = 0): void {
	const gold = goldFill(c, bright);
	shadow(c, `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(r)}" ry="${f(r * tilt)}" fill="none" stroke="#000" stroke-width="${f(thickness)}" transform="rotate(${f(angle)} ${f(cx)} ${f(cy)})"/>`, 6, 14, 10, 0.35);
	c.add(`<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(r)}" ry="${f(r * tilt)}" fill="none" stroke="${gold}" stroke-width="${f(thickness)}" transform="rotate(${f(angle)} ${f(cx)} ${f(cy)})"/>`);
	c.add(`<path d="M${f(cx - r * 0.7)},${f(cy - r * tilt * 0.72)} A${f(r)},${f(r * tilt)} 0 0 1 ${f(cx + r * 0.2)},${f(cy - r * tilt * 0.98)}" fill="none" stroke="#ffffff" stroke-width="${f(thickness * 0.18)}" stroke-linecap="round" opacity="0.55" transform="rotate(${f(angle)} ${f(cx)} ${f(cy)})"/>`);
}

/** Links placed at equal spacing along a sampled curve. */
function chain(c: Canvas, curve: (t: number) => [number, number], link: number, thickness: number): void {
	const samples: [number, number][] = [];
	for (let i = 0; i <= 2000; i++) samples.push(curve(i / 2000));
	const lengths = [0];
	for (let i = 1; i < samples.length; i++) lengths.push(lengths[i - 1]! + Math.hypot(samples[i]![0] - samples[i - 1]![0], samples[i]![1] - samples[i - 1]![1]));
	const total = lengths[lengths.length - 1]!;
	const gold = goldFill(c);
	const goldSide = goldFill(c, -0.15);
	let index = 0;
	const links: string[] = [];
	const shadows: string[] = [];
	for (let s = 0; s < total; s += link * 0.78) {
		let k = lengths.findIndex((l) => l >= s);
		if (k < 1) k = 1;
		const [x, y] = samples[k]!;
		const [px, py] = samples[k - 1]!;
		const angle = (Math.atan2(y - py, x - px) * 180) / Math.PI;
		const flat = index % 2 === 0;
		const ry = flat ? link * 0.32 : link * 0.1;
		const shape = `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(link * 0.55)}" ry="${f(ry)}" fill="none" stroke-width="${f(thickness)}" transform="rotate(${f(angle)} ${f(x)} ${f(y)})"`;
		shadows.push(`${shape} stroke="#000"/>`);
		links.push(`${shape} stroke="${flat ? gold : goldSide}"/>`);
		index += 1;
	}
	shadow(c, shadows.join(''), 8, 16, 9, 0.4);
	c.add(links.join(''));
}

function castingTree(c: Canvas, cx: number, baseY: number, height: number): void {
	const bronze = c.linear([[0, '#c99a3f'], [0.5, '#f6dc8c'], [1, '#a07a2a']], 0, 0, 1, 0);
	c.add(`<path d="M${f(cx - 70)},${f(baseY)} L${f(cx + 70)},${f(baseY)} L${f(cx + 14)},${f(baseY - 70)} L${f(cx - 14)},${f(baseY - 70)} Z" fill="${bronze}"/>`);
	c.add(`<rect x="${f(cx - 12)}" y="${f(baseY - height)}" width="24" height="${f(height - 60)}" rx="12" fill="${bronze}"/>`);
	const levels = 7;
	for (let i = 0; i < levels; i++) {
		const y = baseY - 110 - i * ((height - 160) / levels);
		for (const side of [-1, 1]) {
			const len = between(c.rng, 80, 150) * (1 - i * 0.05);
			const ex = cx + side * len;
			const ey = y - len * 0.55;
			c.add(`<line x1="${f(cx)}" y1="${f(y)}" x2="${f(ex)}" y2="${f(ey)}" stroke="${bronze}" stroke-width="9" stroke-linecap="round"/>`);
			ring(c, ex + side * 26, ey - 18, 26, 11, between(c.rng, 0.45, 1), between(c.rng, -30, 30));
		}
	}
}

// ---------------------------------------------------------------- textiles

function patchwork(c: Canvas, x: number, y: number, w: number, h: number, cols: number, rows: number, colors: string[]): void {
	const grid: [number, number][][] = [];
	for (let j = 0; j <= rows; j++) {
		grid.push([]);
		for (let i = 0; i <= cols; i++) {
			const edge = i === 0 || j === 0 || i === cols || j === rows;
			const jx = edge ? 0 : between(c.rng, -0.3, 0.3) * (w / cols);
			const jy = edge ? 0 : between(c.rng, -0.3, 0.3) * (h / rows);
			grid[j]!.push([x + (i * w) / cols + jx, y + (j * h) / rows + jy]);
		}
	}
	for (let j = 0; j < rows; j++) {
		for (let i = 0; i < cols; i++) {
			const p = [grid[j]![i]!, grid[j]![i + 1]!, grid[j + 1]![i + 1]!, grid[j + 1]![i]!];
			const d = p.map(([px, py]) => `${f(px)},${f(py)}`).join(' ');
			const color = jitter(c.rng, pick(c.rng, colors), 0.05);
			c.add(`<polygon points="${d}" fill="${color}"/>`);
			if (c.rng() < 0.35) {
				const step = between(c.rng, 8, 16);
				const lines: string[] = [];
				const [ax, ay] = p[0]!;
				const [bx, by] = p[2]!;
				for (let t = -1; t < 2; t += step / Math.max(40, Math.abs(bx - ax))) lines.push(`M${f(ax + (bx - ax) * t)},${f(ay)} L${f(ax + (bx - ax) * t + (by - ay))},${f(by)}`);
				c.add(`<g clip-path="${c.clip(`<polygon points="${d}"/>`)}"><path d="${lines.join(' ')}" stroke="${shade(color, -0.18)}" stroke-width="2" opacity="0.6"/></g>`);
			}
			c.add(`<polygon points="${d}" fill="none" stroke="#f4ecdc" stroke-width="2.5" stroke-dasharray="9 7" opacity="0.75"/>`);
		}
	}
}

function threads(c: Canvas, n: number, color: string, width = 3): void {
	for (let i = 0; i < n; i++) {
		const y0 = between(c.rng, 0, c.h);
		const y1 = between(c.rng, 0, c.h);
		c.add(`<path d="M-20,${f(y0)} C${f(c.w * 0.3)},${f(y0 + between(c.rng, -300, 300))} ${f(c.w * 0.7)},${f(y1 + between(c.rng, -300, 300))} ${f(c.w + 20)},${f(y1)}" fill="none" stroke="${color}" stroke-width="${f(width)}" opacity="0.7"/>`);
	}
}

function woolHeap(c: Canvas, cx: number, baseY: number, w: number, h: number, color: string): void {
	const body = `M${f(cx - w / 2)},${f(baseY)} C${f(cx - w / 2)},${f(baseY - h * 0.7)} ${f(cx - w * 0.25)},${f(baseY - h)} ${f(cx)},${f(baseY - h)} C${f(cx + w * 0.25)},${f(baseY - h)} ${f(cx + w / 2)},${f(baseY - h * 0.7)} ${f(cx + w / 2)},${f(baseY)} Z`;
	shadow(c, `<path d="${body}" fill="#000"/>`, 6, 6, 8, 0.25);
	c.add(`<path d="${body}" fill="${c.linear([[0, shade(color, 0.2)], [1, shade(color, -0.15)]])}"/>`);
	const curls: string[] = [];
	for (let k = 0; k < Math.round(w / 6); k++) {
		const px = cx + between(c.rng, -0.45, 0.45) * w;
		const rel = Math.abs(px - cx) / (w / 2);
		const top = baseY - h * (1 - rel * rel) * 0.95;
		const py = between(c.rng, top + 8, baseY - 6);
		const r = between(c.rng, 4, 10);
		curls.push(`M${f(px)},${f(py)} a${f(r)},${f(r * 0.7)} 0 1 1 ${f(r * 1.2)},${f(r * 0.2)}`);
	}
	c.add(`<path d="${curls.join(' ')}" fill="none" stroke="${shade(color, 0.35)}" stroke-width="2" opacity="0.55"/>`);
	c.add(`<path d="${curls.slice(0, curls.length / 2).join(' ')}" fill="none" stroke="${shade(color, -0.3)}" stroke-width="1.6" opacity="0.45" transform="translate(3 4)"/>`);
}

function yarnCone(c: Canvas, cx: number, baseY: number, w: number, h: number, color: string): void {
	const top = w * 0.38;
	const d = `M${f(cx - w / 2)},${f(baseY)} L${f(cx - top / 2)},${f(baseY - h)} L${f(cx + top / 2)},${f(baseY - h)} L${f(cx + w / 2)},${f(baseY)} Z`;
	shadow(c, `<path d="${d}" fill="#000"/>`, 10, 8, 10, 0.3);
	c.add(`<path d="${d}" fill="${c.linear([[0, shade(color, -0.3)], [0.35, shade(color, 0.2)], [0.6, color], [1, shade(color, -0.35)]], 0, 0, 1, 0)}"/>`);
	const lines: string[] = [];
	for (let y = baseY - 6; y > baseY - h; y -= 7) {
		const t = (baseY - y) / h;
		const half = (w / 2) * (1 - t) + (top / 2) * t;
		lines.push(`M${f(cx - half)},${f(y + 3)} Q${f(cx)},${f(y - 4)} ${f(cx + half)},${f(y + 3)}`);
	}
	c.add(`<path d="${lines.join(' ')}" fill="none" stroke="${shade(color, -0.25)}" stroke-width="1.6" opacity="0.5"/>`);
	c.add(`<rect x="${f(cx - top * 0.22)}" y="${f(baseY - h - 36)}" width="${f(top * 0.44)}" height="40" rx="6" fill="#e9dcc2"/>`);
	c.add(`<ellipse cx="${f(cx)}" cy="${f(baseY)}" rx="${f(w / 2)}" ry="${f(w * 0.08)}" fill="${shade(color, -0.35)}"/>`);
}

function weave(c: Canvas, x: number, y: number, w: number, h: number, band: number, warp: string[], weft: string[]): void {
	const cols = Math.ceil(w / band);
	const rows = Math.ceil(h / band);
	const g = band * 0.1;
	for (let j = 0; j < rows; j++) {
		const color = weft[j % weft.length]!;
		c.add(`<rect x="${f(x)}" y="${f(y + j * band + g)}" width="${f(w)}" height="${f(band - 2 * g)}" fill="${c.linear([[0, shade(color, 0.15)], [0.5, color], [1, shade(color, -0.25)]])}"/>`);
	}
	for (let i = 0; i < cols; i++) {
		const color = warp[i % warp.length]!;
		const fill = c.linear([[0, shade(color, 0.15)], [0.5, color], [1, shade(color, -0.25)]], 0, 0, 1, 0);
		for (let j = 0; j < rows; j++) {
			if ((i + j) % 2 !== 0) continue;
			const rx = x + i * band + g;
			const ry = y + j * band - g;
			c.add(`<rect x="${f(rx + 3)}" y="${f(ry + 5)}" width="${f(band - 2 * g)}" height="${f(band + 2 * g)}" rx="${f(band * 0.2)}" fill="#000" opacity="0.2"/>`);
			c.add(`<rect x="${f(rx)}" y="${f(ry)}" width="${f(band - 2 * g)}" height="${f(band + 2 * g)}" rx="${f(band * 0.2)}" fill="${fill}"/>`);
		}
	}
}

function herringbone(c: Canvas, colors: [string, string], col: number, row: number): void {
	const parts: string[] = [];
	for (let i = 0; i * col < c.w + col; i++) {
		const dir = i % 2 === 0 ? 1 : -1;
		for (let j = -2; j * row < c.h + row * 2; j++) {
			const x = i * col;
			const y = j * row;
			const color = jitter(c.rng, colors[(j + 100) % 2]!, 0.025);
			const p = dir > 0
				? `${f(x)},${f(y)} ${f(x + col)},${f(y + col * 0.6)} ${f(x + col)},${f(y + col * 0.6 + row)} ${f(x)},${f(y + row)}`
				: `${f(x)},${f(y + col * 0.6)} ${f(x + col)},${f(y)} ${f(x + col)},${f(y + row)} ${f(x)},${f(y + col * 0.6 + row)}`;
			parts.push(`<polygon points="${p}" fill="${color}"/>`);
		}
	}
	c.add(parts.join(''));
	c.add(`<g opacity="0.18">${Array.from({ length: Math.ceil(c.w / col) }, (_, i) => `<line x1="${i * col}" y1="0" x2="${i * col}" y2="${c.h}" stroke="#000" stroke-width="2"/>`).join('')}</g>`);
}

// ---------------------------------------------------------------- footwear

const LAST_PATH = 'M0.05,0.10 L0.42,0.08 C0.55,0.10 0.70,0.19 0.84,0.27 C0.97,0.33 1.0,0.40 0.96,0.44 L0.20,0.46 C0.06,0.46 0.0,0.38 0.01,0.26 C0.02,0.17 0.03,0.12 0.05,0.10 Z';

function shoeLast(c: Canvas, x: number, y: number, scale: number, wood: string, flip = false): void {
	const t = `translate(${f(flip ? x + scale : x)} ${f(y)}) scale(${f(flip ? -scale : scale)} ${f(scale)})`;
	shadow(c, `<path d="${LAST_PATH}" fill="#000" transform="${t}"/>`, 6, 10, 8, 0.3);
	const fill = c.linear([[0, shade(wood, 0.25)], [0.55, wood], [1, shade(wood, -0.3)]]);
	c.add(`<path d="${LAST_PATH}" fill="${fill}" transform="${t}"/>`);
	c.add(`<path d="M0.30,0.085 C0.31,0.2 0.29,0.33 0.27,0.455" fill="none" stroke="${shade(wood, -0.35)}" stroke-width="0.006" transform="${t}"/>`);
	c.add(`<circle cx="0.2" cy="0.13" r="0.018" fill="${shade(wood, -0.5)}" transform="${t}"/>`);
	c.add(`<path d="M0.08,0.13 C0.25,0.12 0.5,0.14 0.8,0.29" fill="none" stroke="#ffffff" stroke-width="0.01" opacity="0.3" transform="${t}"/>`);
}

function shoe(c: Canvas, x: number, y: number, scale: number, leather: string, sole: string): void {
	const t = `translate(${f(x)} ${f(y)}) scale(${f(scale)})`;
	const upper = 'M0.03,0.39 C0.0,0.27 0.02,0.14 0.06,0.09 L0.31,0.11 C0.38,0.13 0.44,0.145 0.49,0.125 C0.63,0.16 0.78,0.22 0.90,0.28 C0.99,0.32 1.0,0.37 0.98,0.40 Z';
	shadow(c, `<path d="${upper}" fill="#000" transform="${t}"/><rect x="0" y="0.39" width="1" height="0.08" fill="#000" transform="${t}"/>`, 8, 14, 12, 0.35);
	c.add(`<path d="M0.0,0.39 L0.99,0.39 C1.01,0.42 1.0,0.44 0.97,0.44 L0.26,0.44 L0.24,0.48 L0.03,0.48 L0.02,0.44 Z" fill="${sole}" transform="${t}"/>`);
	c.add(`<path d="${upper}" fill="${c.linear([[0, shade(leather, 0.18)], [0.6, leather], [1, shade(leather, -0.25)]])}" transform="${t}"/>`);
	const seams = ['M0.05,0.25 C0.12,0.22 0.2,0.22 0.27,0.27 L0.27,0.39', 'M0.76,0.21 C0.73,0.28 0.74,0.35 0.78,0.39', 'M0.31,0.11 C0.35,0.2 0.42,0.28 0.56,0.3 C0.6,0.24 0.58,0.17 0.49,0.125'];
	c.add(`<path d="${seams.join(' ')}" fill="none" stroke="${shade(leather, -0.35)}" stroke-width="0.005" transform="${t}"/>`);
	c.add(`<path d="${seams.join(' ')}" fill="none" stroke="${shade(leather, 0.35)}" stroke-width="0.003" stroke-dasharray="0.01 0.008" transform="${t} translate(0.006 0.006)"/>`);
	const laces: string[] = [];
	for (let k = 0; k < 4; k++) {
		const lx = 0.37 + k * 0.04;
		laces.push(`M${f(lx)},${0.15 + k * 0.02} L${f(lx + 0.06)},${0.14 + k * 0.02}`);
	}
	c.add(`<path d="${laces.join(' ')}" fill="none" stroke="#f3e9d8" stroke-width="0.008" stroke-linecap="round" transform="${t}"/>`);
	c.add(`<path d="M0.1,0.14 C0.3,0.15 0.6,0.2 0.9,0.31" fill="none" stroke="#ffffff" stroke-width="0.01" opacity="0.25" transform="${t}"/>`);
}

// ---------------------------------------------------------------- pasta

function pastaHanks(c: Canvas, x0: number, x1: number, y: number, length: number, color: string, cane = '#a7845a'): void {
	const strands: string[] = [];
	const hi: string[] = [];
	let x = x0 + 20;
	while (x < x1 - 60) {
		const w = between(c.rng, 26, 46);
		const len = length * between(c.rng, 0.85, 1.1);
		for (let k = 0; k < 9; k++) {
			const dx = k * 1.6;
			const l = len * (1 - k * 0.01);
			const d = `M${f(x + dx)},${f(y)} C${f(x + dx - 4)},${f(y + l)} ${f(x + w - dx + 4)},${f(y + l)} ${f(x + w - dx)},${f(y)}`;
			(k % 3 === 0 ? hi : strands).push(d);
		}
		x += w + between(c.rng, 6, 18);
	}
	c.add(`<path d="${strands.join(' ')}" fill="none" stroke="${color}" stroke-width="2.4" opacity="0.95"/>`);
	c.add(`<path d="${hi.join(' ')}" fill="none" stroke="${shade(color, 0.35)}" stroke-width="1.6" opacity="0.9"/>`);
	c.add(`<rect x="${f(x0)}" y="${f(y - 7)}" width="${f(x1 - x0)}" height="14" rx="7" fill="${cane}"/>`);
	c.add(`<rect x="${f(x0)}" y="${f(y - 5)}" width="${f(x1 - x0)}" height="3" fill="#ffffff" opacity="0.3"/>`);
}

function pacchero(c: Canvas, cx: number, cy: number, len: number, r: number, angle: number, color: string): void {
	const t = `rotate(${f(angle)} ${f(cx)} ${f(cy)})`;
	const body = `<rect x="${f(cx - len / 2)}" y="${f(cy - r)}" width="${f(len)}" height="${f(2 * r)}" rx="${f(r * 0.25)}"`;
	shadow(c, `<g transform="${t}">${body} fill="#000"/></g>`, 6, 10, 7, 0.35);
	c.add(`<g transform="${t}">${body} fill="${c.linear([[0, shade(color, -0.15)], [0.3, shade(color, 0.2)], [0.7, color], [1, shade(color, -0.3)]])}"/>`
		+ `<ellipse cx="${f(cx + len / 2)}" cy="${f(cy)}" rx="${f(r * 0.35)}" ry="${f(r)}" fill="${shade(color, -0.1)}"/>`
		+ `<ellipse cx="${f(cx + len / 2)}" cy="${f(cy)}" rx="${f(r * 0.24)}" ry="${f(r * 0.78)}" fill="${shade(color, -0.45)}"/></g>`);
}

function fusillo(c: Canvas, cx: number, cy: number, len: number, thick: number, angle: number, color: string): void {
	const t = `rotate(${f(angle)} ${f(cx)} ${f(cy)})`;
	const turns = Math.round(len / (thick * 0.55));
	const parts: string[] = [];
	const shadows: string[] = [];
	for (let k = 0; k < turns; k++) {
		const x = cx - len / 2 + (k * len) / turns;
		const seg = `<rect x="${f(x)}" y="${f(cy - thick / 2)}" width="${f(thick * 0.5)}" height="${f(thick)}" rx="${f(thick * 0.25)}" transform="skewX(-25)"`;
		shadows.push(`${seg} fill="#000"/>`);
		parts.push(`${seg} fill="${k % 2 === 0 ? shade(color, 0.15) : shade(color, -0.18)}"/>`);
	}
	shadow(c, `<g transform="${t} translate(${f(cy * 0.466)} 0)">${shadows.join('')}</g>`, 6, 10, 7, 0.35);
	c.add(`<g transform="${t} translate(${f(cy * 0.466)} 0)">${parts.join('')}</g>`);
}

function bronzeDie(c: Canvas, cx: number, cy: number, R: number): void {
	shadow(c, `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(R)}" fill="#000"/>`, 12, 22, 18, 0.45);
	c.add(`<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(R)}" fill="${c.linear([[0, '#f0c38a'], [0.45, '#b47a3c'], [1, '#5e3a1a']], 0, 0, 1, 1)}"/>`);
	c.add(`<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(R * 0.86)}" fill="${c.linear([[0, '#8a5a2b'], [0.5, '#c88d4f'], [1, '#a06a35']], 1, 0, 0, 1)}"/>`);
	for (let k = 0; k < 8; k++) {
		const a = (k / 8) * Math.PI * 2;
		c.add(`<circle cx="${f(cx + Math.cos(a) * R * 0.93)}" cy="${f(cy + Math.sin(a) * R * 0.93)}" r="${f(R * 0.025)}" fill="#4a2d12"/>`);
	}
	const holes: string[] = [];
	const hi: string[] = [];
	for (let ringR = R * 0.12; ringR < R * 0.8; ringR += R * 0.11) {
		const n = Math.floor((2 * Math.PI * ringR) / (R * 0.09));
		const offset = between(c.rng, 0, Math.PI);
		for (let k = 0; k < n; k++) {
			const a = offset + (k / n) * Math.PI * 2;
			const hx = cx + Math.cos(a) * ringR;
			const hy = cy + Math.sin(a) * ringR;
			holes.push(`<circle cx="${f(hx)}" cy="${f(hy)}" r="${f(R * 0.032)}"/>`);
			hi.push(`<path d="M${f(hx - R * 0.03)},${f(hy + R * 0.012)} A${f(R * 0.032)},${f(R * 0.032)} 0 0 0 ${f(hx + R * 0.03)},${f(hy + R * 0.012)}"/>`);
		}
	}
	c.add(`<g fill="#2b1808">${holes.join('')}</g><g fill="none" stroke="#f7d7a6" stroke-width="2" opacity="0.6">${hi.join('')}</g>`);
	c.add(`<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(R * 0.05)}" fill="#2b1808"/>`);
	c.add(`<ellipse cx="${f(cx - R * 0.35)}" cy="${f(cy - R * 0.45)}" rx="${f(R * 0.45)}" ry="${f(R * 0.16)}" fill="#ffffff" opacity="0.12" transform="rotate(-35 ${f(cx)} ${f(cy)})"/>`);
}

// ---------------------------------------------------------------- upholstery and furniture

function sofa(c: Canvas, x: number, y: number, w: number, h: number, color: string): void {
	const velvet = (cc: string) => c.linear([[0, shade(cc, 0.22)], [0.5, cc], [1, shade(cc, -0.22)]]);
	shadow(c, `<rect x="${f(x)}" y="${f(y + h * 0.15)}" width="${f(w)}" height="${f(h * 0.8)}" rx="${f(h * 0.15)}" fill="#000"/>`, 0, 24, 20, 0.35);
	for (const lx of [x + w * 0.08, x + w * 0.9]) c.add(`<rect x="${f(lx)}" y="${f(y + h * 0.88)}" width="${f(w * 0.025)}" height="${f(h * 0.12)}" rx="4" fill="#3b2a1e"/>`);
	c.add(`<rect x="${f(x + w * 0.06)}" y="${f(y)}" width="${f(w * 0.88)}" height="${f(h * 0.6)}" rx="${f(h * 0.14)}" fill="${velvet(shade(color, -0.08))}"/>`);
	const seats = 3;
	for (let k = 0; k < seats; k++) {
		const sw = (w * 0.76) / seats;
		const sx = x + w * 0.12 + k * sw;
		c.add(`<rect x="${f(sx + 4)}" y="${f(y + h * 0.08)}" width="${f(sw - 8)}" height="${f(h * 0.42)}" rx="${f(h * 0.1)}" fill="${velvet(color)}"/>`);
		c.add(`<rect x="${f(sx + 2)}" y="${f(y + h * 0.5)}" width="${f(sw - 4)}" height="${f(h * 0.2)}" rx="${f(h * 0.08)}" fill="${velvet(shade(color, 0.05))}"/>`);
	}
	c.add(`<rect x="${f(x + w * 0.06)}" y="${f(y + h * 0.66)}" width="${f(w * 0.88)}" height="${f(h * 0.24)}" rx="${f(h * 0.06)}" fill="${velvet(shade(color, -0.12))}"/>`);
	for (const ax of [x, x + w * 0.88]) c.add(`<rect x="${f(ax)}" y="${f(y + h * 0.3)}" width="${f(w * 0.12)}" height="${f(h * 0.6)}" rx="${f(h * 0.12)}" fill="${velvet(shade(color, -0.04))}"/>`);
}

function cushion(c: Canvas, cx: number, cy: number, s: number, angle: number, color: string): void {
	const t = `rotate(${f(angle)} ${f(cx)} ${f(cy)})`;
	const d = `M${f(cx - s / 2)},${f(cy - s / 2)} Q${f(cx)},${f(cy - s * 0.42)} ${f(cx + s / 2)},${f(cy - s / 2)} Q${f(cx + s * 0.42)},${f(cy)} ${f(cx + s / 2)},${f(cy + s / 2)} Q${f(cx)},${f(cy + s * 0.42)} ${f(cx - s / 2)},${f(cy + s / 2)} Q${f(cx - s * 0.42)},${f(cy)} ${f(cx - s / 2)},${f(cy - s / 2)} Z`;
	shadow(c, `<path d="${d}" fill="#000" transform="${t}"/>`, 8, 14, 12, 0.3);
	c.add(`<path d="${d}" fill="${c.radial([[0, shade(color, 0.2)], [1, shade(color, -0.2)]], 0.4, 0.4, 0.7)}" transform="${t}"/>`);
	c.add(`<path d="M${f(cx - s * 0.4)},${f(cy - s * 0.4)} Q${f(cx - s * 0.1)},${f(cy - s * 0.05)} ${f(cx)},${f(cy)} M${f(cx + s * 0.4)},${f(cy + s * 0.4)} Q${f(cx + s * 0.1)},${f(cy + s * 0.05)} ${f(cx)},${f(cy)}" fill="none" stroke="${shade(color, -0.3)}" stroke-width="2" opacity="0.5" transform="${t}"/>`);
	c.add(`<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(s * 0.035)}" fill="${shade(color, -0.4)}" transform="${t}"/>`);
}

function fabricRoll(c: Canvas, x: number, cy: number, len: number, r: number, color: string): void {
	shadow(c, `<rect x="${f(x)}" y="${f(cy - r)}" width="${f(len)}" height="${f(2 * r)}" fill="#000"/>`, 6, 10, 8, 0.3);
	c.add(`<rect x="${f(x)}" y="${f(cy - r)}" width="${f(len)}" height="${f(2 * r)}" fill="${c.linear([[0, shade(color, 0.2)], [0.4, color], [1, shade(color, -0.35)]])}"/>`);
	c.add(`<ellipse cx="${f(x + len)}" cy="${f(cy)}" rx="${f(r * 0.3)}" ry="${f(r)}" fill="${shade(color, -0.1)}"/>`);
	const spiral: string[] = [];
	for (let k = 1; k <= 4; k++) spiral.push(`<ellipse cx="${f(x + len)}" cy="${f(cy)}" rx="${f(r * 0.3 * (k / 5))}" ry="${f(r * (k / 5))}" fill="none" stroke="${shade(color, -0.35)}" stroke-width="1.5"/>`);
	c.add(spiral.join(''));
}

function headboard(c: Canvas, x: number, y: number, w: number, h: number, color: string): void {
	shadow(c, `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${f(w * 0.12)}" fill="#000"/>`, 10, 16, 14, 0.35);
	c.add(`<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${f(w * 0.12)}" fill="${c.linear([[0, shade(color, 0.15)], [1, shade(color, -0.2)]])}"/>`);
	const step = w / 7;
	const lines: string[] = [];
	const buttons: string[] = [];
	for (let j = 0; j * (step * 0.7) < h - step * 0.5; j++) {
		for (let i = 0; i <= 7; i++) {
			const bx = x + i * step + (j % 2) * (step / 2);
			const by = y + step * 0.5 + j * step * 0.7;
			if (bx < x + step * 0.4 || bx > x + w - step * 0.4) continue;
			buttons.push(`<circle cx="${f(bx)}" cy="${f(by)}" r="5"/>`);
			lines.push(`M${f(bx)},${f(by)} l${f(step / 2)},${f(step * 0.7)} M${f(bx)},${f(by)} l${f(-step / 2)},${f(step * 0.7)}`);
		}
	}
	c.add(`<g clip-path="${c.clip(`<rect x="${f(x + 10)}" y="${f(y + 10)}" width="${f(w - 20)}" height="${f(h - 20)}" rx="${f(w * 0.1)}"/>`)}"><path d="${lines.join(' ')}" fill="none" stroke="${shade(color, -0.35)}" stroke-width="2.5" opacity="0.55"/></g>`);
	c.add(`<g fill="${shade(color, -0.45)}">${buttons.join('')}</g>`);
}

function tufa(c: Canvas, baseY: number, colors: string[]): void {
	for (let layer = 0; layer < 4; layer++) {
		let x = -40 + layer * 30;
		const y = baseY - 260 + layer * 70;
		while (x < c.w) {
			const w = between(c.rng, 90, 200);
			const h = between(c.rng, 90, 160);
			const color = jitter(c.rng, pick(c.rng, colors), 0.03);
			c.add(`<rect x="${f(x)}" y="${f(y - h)}" width="${f(w)}" height="${f(h + 300)}" fill="${color}"/>`);
			c.add(`<rect x="${f(x)}" y="${f(y - h)}" width="${f(w)}" height="6" fill="${shade(color, -0.15)}"/>`);
			if (c.rng() < 0.7) {
				const dw = w * between(c.rng, 0.22, 0.35);
				const dx = x + between(c.rng, 0.15, 0.6) * w;
				const dh = h * 0.55;
				c.add(`<path d="M${f(dx)},${f(y)} L${f(dx)},${f(y - dh + dw / 2)} A${f(dw / 2)},${f(dw / 2)} 0 0 1 ${f(dx + dw)},${f(y - dh + dw / 2)} L${f(dx + dw)},${f(y)} Z" fill="${shade(color, -0.55)}"/>`);
			}
			x += w + between(c.rng, -4, 10);
		}
	}
}

function vase(c: Canvas, cx: number, baseY: number, w: number, h: number, pal: { body: string; a: string; b: string; c: string }): void {
	const d = `M${f(cx - w * 0.18)},${f(baseY - h)} L${f(cx + w * 0.18)},${f(baseY - h)} C${f(cx + w * 0.2)},${f(baseY - h * 0.88)} ${f(cx + w * 0.15)},${f(baseY - h * 0.8)} ${f(cx + w * 0.3)},${f(baseY - h * 0.72)} C${f(cx + w * 0.62)},${f(baseY - h * 0.55)} ${f(cx + w * 0.55)},${f(baseY - h * 0.12)} ${f(cx + w * 0.22)},${f(baseY - h * 0.05)} L${f(cx + w * 0.24)},${f(baseY)} L${f(cx - w * 0.24)},${f(baseY)} L${f(cx - w * 0.22)},${f(baseY - h * 0.05)} C${f(cx - w * 0.55)},${f(baseY - h * 0.12)} ${f(cx - w * 0.62)},${f(baseY - h * 0.55)} ${f(cx - w * 0.3)},${f(baseY - h * 0.72)} C${f(cx - w * 0.15)},${f(baseY - h * 0.8)} ${f(cx - w * 0.2)},${f(baseY - h * 0.88)} ${f(cx - w * 0.18)},${f(baseY - h)} Z`;
	shadow(c, `<path d="${d}" fill="#000"/>`, 12, 8, 12, 0.35);
	const clip = c.clip(`<path d="${d}"/>`);
	const deco: string[] = [`<path d="${d}" fill="${pal.body}"/>`];
	deco.push(`<rect x="${f(cx - w)}" y="${f(baseY - h * 0.74)}" width="${f(w * 2)}" height="${f(h * 0.06)}" fill="${pal.a}"/>`);
	deco.push(`<rect x="${f(cx - w)}" y="${f(baseY - h * 0.16)}" width="${f(w * 2)}" height="${f(h * 0.05)}" fill="${pal.b}"/>`);
	for (let k = 0; k < 7; k++) {
		const fx = cx + (k - 3) * w * 0.17;
		const fy = baseY - h * 0.42 + (k % 2) * h * 0.12;
		const r = w * 0.055;
		for (let p = 0; p < 6; p++) {
			const a = (p / 6) * Math.PI * 2;
			deco.push(`<circle cx="${f(fx + Math.cos(a) * r)}" cy="${f(fy + Math.sin(a) * r)}" r="${f(r * 0.62)}" fill="${pal.a}"/>`);
		}
		deco.push(`<circle cx="${f(fx)}" cy="${f(fy)}" r="${f(r * 0.6)}" fill="${pal.b}"/>`);
		deco.push(`<ellipse cx="${f(fx + r * 1.9)}" cy="${f(fy + r * 1.6)}" rx="${f(r * 0.9)}" ry="${f(r * 0.35)}" fill="${pal.c}" transform="rotate(35 ${f(fx + r * 1.9)} ${f(fy + r * 1.6)})"/>`);
	}
	deco.push(`<rect x="${f(cx - w)}" y="${f(baseY - h)}" width="${f(w * 2)}" height="${f(h)}" fill="${c.linear([[0, '#ffffff', 0.25], [0.4, '#ffffff', 0], [1, '#000000', 0.3]], 0, 0, 1, 0)}"/>`);
	c.add(`<g clip-path="${clip}">${deco.join('')}</g>`);
	c.add(`<ellipse cx="${f(cx)}" cy="${f(baseY - h)}" rx="${f(w * 0.18)}" ry="${f(w * 0.04)}" fill="${shade(pal.body, -0.5)}"/>`);
}

function staircase(c: Canvas, steps: number, topY: number, bottomY: number, topW: number, bottomW: number, palettes: { ground: string; a: string; b: string; c: string }[]): void {
	const cx = c.w / 2;
	// Perspective: near steps are tall and wide, far ones shrink towards the top.
	const p = (t: number) => 1 - Math.pow(1 - t, 1.9);
	for (let i = 0; i < steps; i++) {
		const t0 = i / steps;
		const t1 = (i + 1) / steps;
		const y0 = bottomY - (bottomY - topY) * p(t0);
		const y1 = bottomY - (bottomY - topY) * p(t1);
		const w0 = bottomW + (topW - bottomW) * p(t0);
		const w1 = bottomW + (topW - bottomW) * p(t1);
		const riserH = (y0 - y1) * 0.62;
		c.add(`<polygon points="${f(cx - w0 / 2)},${f(y0)} ${f(cx + w0 / 2)},${f(y0)} ${f(cx + w0 / 2)},${f(y0 - riserH)} ${f(cx - w0 / 2)},${f(y0 - riserH)}" fill="#4a4642"/>`);
		const tileS = riserH * 0.94;
		const count = Math.floor(w0 / tileS);
		const start = cx - (count * tileS) / 2;
		const pal = palettes[i % palettes.length]!;
		for (let k = 0; k < count; k++) {
			const tx = start + k * tileS;
			const ty = y0 - riserH + riserH * 0.03;
			if (tileS > 26) majolica(c, tx, ty, tileS, pal);
			else c.add(`<rect x="${f(tx + 0.5)}" y="${f(ty)}" width="${f(tileS - 1)}" height="${f(tileS)}" fill="${pal.ground}"/><circle cx="${f(tx + tileS / 2)}" cy="${f(ty + tileS / 2)}" r="${f(tileS * 0.32)}" fill="${k % 2 ? pal.a : pal.b}"/>`);
		}
		c.add(`<polygon points="${f(cx - w0 / 2)},${f(y0 - riserH)} ${f(cx + w0 / 2)},${f(y0 - riserH)} ${f(cx + w1 / 2)},${f(y1)} ${f(cx - w1 / 2)},${f(y1)}" fill="${mix('#8a837a', '#b3aa9d', t0)}"/>`);
	}
}

function woodPlank(c: Canvas, x: number, y: number, w: number, h: number, base: string, vertical = false, strength = 1): void {
	c.add(`<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${c.linear([[0, shade(base, 0.08)], [1, shade(base, -0.08)]])}"/>`);
	const lines: string[] = [];
	const long = vertical ? h : w;
	const short = vertical ? w : h;
	const knots = Array.from({ length: Math.max(1, Math.round(long / 500)) }, () => [between(c.rng, 0.15, 0.85) * long, between(c.rng, 0.2, 0.8) * short] as const);
	for (let s = 6; s < short; s += between(c.rng, 5, 12)) {
		const pts: string[] = [];
		const phase = between(c.rng, 0, 6);
		for (let l = 0; l <= long; l += 25) {
			let off = Math.sin(l / 90 + phase) * 2.5;
			for (const [kx, ky] of knots) {
				const d = Math.hypot(l - kx, (s - ky) * 2.2);
				off += ((s - ky >= 0 ? 1 : -1) * 900) / (d + 30);
			}
			const px = vertical ? x + s + off : x + l;
			const py = vertical ? y + l : y + s + off;
			pts.push(`${f(px)},${f(py)}`);
		}
		lines.push(`M${pts.join(' L')}`);
	}
	c.add(`<g clip-path="${c.clip(`<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}"/>`)}"><path d="${lines.join(' ')}" fill="none" stroke="${shade(base, -0.3 * strength)}" stroke-width="${f(1.6 * strength)}" opacity="${f(Math.min(0.9, 0.55 * strength))}"/>`
		+ knots.map(([kx, ky]) => `<ellipse cx="${f(vertical ? x + ky : x + kx)}" cy="${f(vertical ? y + kx : y + ky)}" rx="${vertical ? 7 : 14}" ry="${vertical ? 14 : 7}" fill="${shade(base, -0.4)}" opacity="0.7"/>`).join('')
		+ `</g>`);
}

function chairOutline(c: Canvas, x: number, y: number, s: number, color: string): void {
	const seatY = y + s * 0.52;
	const d = [
		`M${f(x + s * 0.02)},${f(y)} C${f(x + s * 0.06)},${f(y + s * 0.2)} ${f(x + s * 0.07)},${f(y + s * 0.4)} ${f(x + s * 0.07)},${f(seatY)} L${f(x + s * 0.04)},${f(y + s)}`,
		`M${f(x + s * 0.6)},${f(seatY)} L${f(x + s * 0.63)},${f(y + s)}`,
		`M${f(x + s * 0.08)},${f(y + s * 0.8)} L${f(x + s * 0.61)},${f(y + s * 0.8)}`,
	];
	c.add(`<path d="${d.join(' ')}" fill="none" stroke="${color}" stroke-width="${f(s * 0.035)}" stroke-linecap="round" stroke-linejoin="round"/>`);
	c.add(`<rect x="${f(x + s * 0.04)}" y="${f(seatY - s * 0.03)}" width="${f(s * 0.62)}" height="${f(s * 0.06)}" rx="${f(s * 0.02)}" fill="${color}"/>`);
	for (const ry of [0.06, 0.2, 0.34]) c.add(`<rect x="${f(x - s * 0.02 + ry * s * 0.1)}" y="${f(y + ry * s)}" width="${f(s * 0.12)}" height="${f(s * 0.05)}" rx="${f(s * 0.02)}" fill="${color}" opacity="0.85"/>`);
}

// ---------------------------------------------------------------- the images

const TERRACOTTA = '#c4623f';
const MAJOLICA = [
	{ ground: '#f6efdc', a: '#1f4fa3', b: '#e8b321', c: '#3f8a4e' },
	{ ground: '#f4ead2', a: '#e8b321', b: '#1f4fa3', c: '#2f7f8f' },
	{ ground: '#f7f0e0', a: '#3f8a4e', b: '#1f4fa3', c: '#e8b321' },
	{ ground: '#f2e6cc', a: '#1f4fa3', b: '#c2562e', c: '#e8b321' },
];

interface Spec {
	file: string;
	size: { w: number; h: number };
	draw: (c: Canvas) => void;
}

const specs: Spec[] = [
	// ------------------------------------------------ Sassuolo
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
	// ------------------------------------------------ Vicenza
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
	// ------------------------------------------------ Prato
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
	// ------------------------------------------------ Biella
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
	// ------------------------------------------------ Fermo
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
	// ------------------------------------------------ Gragnano
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
	// ------------------------------------------------ Murgia
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
	// ------------------------------------------------ Caltagirone
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
	// ------------------------------------------------ Brianza
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

// ---------------------------------------------------------------- render

async function main(): Promise<void> {
	mkdirSync(OUT, { recursive: true });
	const names = new Set<string>();
	for (const spec of specs) {
		if (names.has(spec.file)) throw new Error(`${spec.file} is defined twice`);
		names.add(spec.file);
		const canvas = new Canvas(spec.size.w, spec.size.h, seededRandom(hash(spec.file)));
		spec.draw(canvas);
		const pixels = await sharp(Buffer.from(canvas.toString()), { density: 72 })
			.resize(spec.size.w, spec.size.h)
			.flatten({ background: '#ffffff' })
			.png()
			.toBuffer();
		// Quality 78 by default; very detailed pictures step down until they fit the size budget.
		let quality = 78;
		let jpeg = await sharp(pixels).jpeg({ quality, mozjpeg: true }).toBuffer();
		while (jpeg.length > MAX_BYTES && quality > 50) {
			quality -= 4;
			jpeg = await sharp(pixels).jpeg({ quality, mozjpeg: true }).toBuffer();
		}
		writeFileSync(join(OUT, spec.file), jpeg);
		console.log(`${spec.file.padEnd(44)} ${spec.size.w}×${spec.size.h}  q${quality}  ${Math.round(jpeg.length / 1024)} KB`);
	}
	const extra = readdirSync(OUT).filter((name) => /\.(jpe?g|png|webp|avif)$/i.test(name) && !names.has(name));
	if (extra.length > 0) console.warn(`\nNot generated by this script (left untouched): ${extra.join(', ')}`);
	console.log(`\n${specs.length} images written to content/media/`);
}

await main();
