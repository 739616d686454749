/**
 * Upholstery, furniture and the stone and majolica of the south: sofas, cushions, fabric rolls,
 * headboards, tufa, vases, a majolica staircase, planks and chairs.
 */
import type { Canvas } from './canvas.ts';
import { majolica } from './ceramics.ts';
import { jitter, mix, shade } from './colour.ts';
import { shadow } from './pieces.ts';
import { between, f, pick } from './random.ts';

export function sofa(c: Canvas, x: number, y: number, w: number, h: number, color: string): void {
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

export function cushion(c: Canvas, cx: number, cy: number, s: number, angle: number, color: string): void {
	const t = `rotate(${f(angle)} ${f(cx)} ${f(cy)})`;
	const d = `M${f(cx - s / 2)},${f(cy - s / 2)} Q${f(cx)},${f(cy - s * 0.42)} ${f(cx + s / 2)},${f(cy - s / 2)} Q${f(cx + s * 0.42)},${f(cy)} ${f(cx + s / 2)},${f(cy + s / 2)} Q${f(cx)},${f(cy + s * 0.42)} ${f(cx - s / 2)},${f(cy + s / 2)} Q${f(cx - s * 0.42)},${f(cy)} ${f(cx - s / 2)},${f(cy - s / 2)} Z`;
	shadow(c, `<path d="${d}" fill="#000" transform="${t}"/>`, 8, 14, 12, 0.3);
	c.add(`<path d="${d}" fill="${c.radial([[0, shade(color, 0.2)], [1, shade(color, -0.2)]], 0.4, 0.4, 0.7)}" transform="${t}"/>`);
	c.add(`<path d="M${f(cx - s * 0.4)},${f(cy - s * 0.4)} Q${f(cx - s * 0.1)},${f(cy - s * 0.05)} ${f(cx)},${f(cy)} M${f(cx + s * 0.4)},${f(cy + s * 0.4)} Q${f(cx + s * 0.1)},${f(cy + s * 0.05)} ${f(cx)},${f(cy)}" fill="none" stroke="${shade(color, -0.3)}" stroke-width="2" opacity="0.5" transform="${t}"/>`);
	c.add(`<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(s * 0.035)}" fill="${shade(color, -0.4)}" transform="${t}"/>`);
}

export function fabricRoll(c: Canvas, x: number, cy: number, len: number, r: number, color: string): void {
	shadow(c, `<rect x="${f(x)}" y="${f(cy - r)}" width="${f(len)}" height="${f(2 * r)}" fill="#000"/>`, 6, 10, 8, 0.3);
	c.add(`<rect x="${f(x)}" y="${f(cy - r)}" width="${f(len)}" height="${f(2 * r)}" fill="${c.linear([[0, shade(color, 0.2)], [0.4, color], [1, shade(color, -0.35)]])}"/>`);
	c.add(`<ellipse cx="${f(x + len)}" cy="${f(cy)}" rx="${f(r * 0.3)}" ry="${f(r)}" fill="${shade(color, -0.1)}"/>`);
	const spiral: string[] = [];
	for (let k = 1; k <= 4; k++) spiral.push(`<ellipse cx="${f(x + len)}" cy="${f(cy)}" rx="${f(r * 0.3 * (k / 5))}" ry="${f(r * (k / 5))}" fill="none" stroke="${shade(color, -0.35)}" stroke-width="1.5"/>`);
	c.add(spiral.join(''));
}

export function headboard(c: Canvas, x: number, y: number, w: number, h: number, color: string): void {
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

export function tufa(c: Canvas, baseY: number, colors: string[]): void {
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

export function vase(c: Canvas, cx: number, baseY: number, w: number, h: number, pal: { body: string; a: string; b: string; c: string }): void {
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

export function staircase(c: Canvas, steps: number, topY: number, bottomY: number, topW: number, bottomW: number, palettes: { ground: string; a: string; b: string; c: string }[]): void {
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

export function woodPlank(c: Canvas, x: number, y: number, w: number, h: number, base: string, vertical = false, strength = 1): void {
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

export function chairOutline(c: Canvas, x: number, y: number, s: number, color: string): void {
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
