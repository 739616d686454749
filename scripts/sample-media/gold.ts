/** Gold: rings, chains along a curve, a casting tree. */
import type { Canvas } from './canvas.ts';
import { shade } from './colour.ts';
import { shadow } from './pieces.ts';
import { between, f } from './random.ts';

export function goldFill(c: Canvas, bright = 0): string {
	return c.linear([[0, shade('#8a6a1f', bright)], [0.3, shade('#f3d77a', bright)], [0.5, shade('#b8892d', bright)], [0.72, shade('#fff2b0', bright)], [1, shade('#9c7423', bright)]], 0, 0, 1, 1);
}

export function ring(c: Canvas, cx: number, cy: number, r: number, thickness: number, tilt: number, angle: number, bright = 0): void {
	const gold = goldFill(c, bright);
	shadow(c, `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(r)}" ry="${f(r * tilt)}" fill="none" stroke="#000" stroke-width="${f(thickness)}" transform="rotate(${f(angle)} ${f(cx)} ${f(cy)})"/>`, 6, 14, 10, 0.35);
	c.add(`<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(r)}" ry="${f(r * tilt)}" fill="none" stroke="${gold}" stroke-width="${f(thickness)}" transform="rotate(${f(angle)} ${f(cx)} ${f(cy)})"/>`);
	c.add(`<path d="M${f(cx - r * 0.7)},${f(cy - r * tilt * 0.72)} A${f(r)},${f(r * tilt)} 0 0 1 ${f(cx + r * 0.2)},${f(cy - r * tilt * 0.98)}" fill="none" stroke="#ffffff" stroke-width="${f(thickness * 0.18)}" stroke-linecap="round" opacity="0.55" transform="rotate(${f(angle)} ${f(cx)} ${f(cy)})"/>`);
}

/** Links placed at equal spacing along a sampled curve. */
export function chain(c: Canvas, curve: (t: number) => [number, number], link: number, thickness: number): void {
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

export function castingTree(c: Canvas, cx: number, baseY: number, height: number): void {
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
