/** Pasta: hanks drying on canes, paccheri, fusilli and a bronze die. */
import type { Canvas } from './canvas.ts';
import { shade } from './colour.ts';
import { shadow } from './pieces.ts';
import { between, f } from './random.ts';

export function pastaHanks(c: Canvas, x0: number, x1: number, y: number, length: number, color: string, cane = '#a7845a'): void {
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

export function pacchero(c: Canvas, cx: number, cy: number, len: number, r: number, angle: number, color: string): void {
	const t = `rotate(${f(angle)} ${f(cx)} ${f(cy)})`;
	const body = `<rect x="${f(cx - len / 2)}" y="${f(cy - r)}" width="${f(len)}" height="${f(2 * r)}" rx="${f(r * 0.25)}"`;
	shadow(c, `<g transform="${t}">${body} fill="#000"/></g>`, 6, 10, 7, 0.35);
	c.add(`<g transform="${t}">${body} fill="${c.linear([[0, shade(color, -0.15)], [0.3, shade(color, 0.2)], [0.7, color], [1, shade(color, -0.3)]])}"/>`
		+ `<ellipse cx="${f(cx + len / 2)}" cy="${f(cy)}" rx="${f(r * 0.35)}" ry="${f(r)}" fill="${shade(color, -0.1)}"/>`
		+ `<ellipse cx="${f(cx + len / 2)}" cy="${f(cy)}" rx="${f(r * 0.24)}" ry="${f(r * 0.78)}" fill="${shade(color, -0.45)}"/></g>`);
}

export function fusillo(c: Canvas, cx: number, cy: number, len: number, thick: number, angle: number, color: string): void {
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

export function bronzeDie(c: Canvas, cx: number, cy: number, R: number): void {
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
