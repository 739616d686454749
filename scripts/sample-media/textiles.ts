/** Textiles: patchwork, threads, wool heaps, yarn cones, weaves and herringbone. */
import type { Canvas } from './canvas.ts';
import { jitter, shade } from './colour.ts';
import { shadow } from './pieces.ts';
import { between, f, pick } from './random.ts';

export function patchwork(c: Canvas, x: number, y: number, w: number, h: number, cols: number, rows: number, colors: string[]): void {
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

export function threads(c: Canvas, n: number, color: string, width = 3): void {
	for (let i = 0; i < n; i++) {
		const y0 = between(c.rng, 0, c.h);
		const y1 = between(c.rng, 0, c.h);
		c.add(`<path d="M-20,${f(y0)} C${f(c.w * 0.3)},${f(y0 + between(c.rng, -300, 300))} ${f(c.w * 0.7)},${f(y1 + between(c.rng, -300, 300))} ${f(c.w + 20)},${f(y1)}" fill="none" stroke="${color}" stroke-width="${f(width)}" opacity="0.7"/>`);
	}
}

export function woolHeap(c: Canvas, cx: number, baseY: number, w: number, h: number, color: string): void {
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

export function yarnCone(c: Canvas, cx: number, baseY: number, w: number, h: number, color: string): void {
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

export function weave(c: Canvas, x: number, y: number, w: number, h: number, band: number, warp: string[], weft: string[]): void {
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

export function herringbone(c: Canvas, colors: [string, string], col: number, row: number): void {
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
