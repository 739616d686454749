/** Ceramics: tile grids, majolica tiles, a kiln's glow, glaze swatches and runs, a network of lines. */
import type { Canvas } from './canvas.ts';
import { jitter, shade } from './colour.ts';
import { shadow } from './pieces.ts';
import { between, f, pick } from './random.ts';

export function tileGrid(c: Canvas, x: number, y: number, cols: number, rows: number, size: number, gap: number, colorAt: (col: number, row: number) => string, pattern = 0.25): void {
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
export function majolica(c: Canvas, x: number, y: number, s: number, pal: { ground: string; a: string; b: string; c: string }): void {
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

export function kilnGlow(c: Canvas, cx: number, baseY: number, w: number, h: number): void {
	c.add(`<rect x="${f(cx - w / 2 - 60)}" y="${f(baseY - h - 60)}" width="${f(w + 120)}" height="${f(h + 60)}" rx="12" fill="#3a2a24"/>`);
	const glow = c.radial([[0, '#fff3c4'], [0.35, '#ffb347'], [0.75, '#e0561f'], [1, '#7a2412']], 0.5, 0.85, 0.8);
	c.add(`<path d="M${f(cx - w / 2)},${f(baseY)} L${f(cx - w / 2)},${f(baseY - h + w / 2)} A${f(w / 2)},${f(w / 2)} 0 0 1 ${f(cx + w / 2)},${f(baseY - h + w / 2)} L${f(cx + w / 2)},${f(baseY)} Z" fill="${glow}"/>`);
	for (let k = 0; k < 9; k++) {
		const yy = baseY - 20 - k * 14;
		c.add(`<line x1="${f(cx - w / 2 + 10)}" y1="${f(yy)}" x2="${f(cx + w / 2 - 10)}" y2="${f(yy)}" stroke="#7a2412" stroke-width="3" opacity="${f(0.5 - k * 0.04)}"/>`);
	}
}

export function glazeSwatch(c: Canvas, cx: number, cy: number, r: number, color: string): void {
	shadow(c, `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="#000"/>`, 4, 8, 8, 0.25);
	const fill = c.radial([[0, shade(color, 0.35)], [0.6, color], [1, shade(color, -0.25)]], 0.38, 0.35, 0.7);
	c.add(`<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}"/>`);
	c.add(`<ellipse cx="${f(cx - r * 0.3)}" cy="${f(cy - r * 0.35)}" rx="${f(r * 0.32)}" ry="${f(r * 0.16)}" fill="#ffffff" opacity="0.35" transform="rotate(-30 ${f(cx)} ${f(cy)})"/>`);
}

export function glazeRuns(c: Canvas, colors: string[], topY: number): void {
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

export function network(c: Canvas, n: number, color: string, area: [number, number, number, number]): void {
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
