/**
 * Randomness for the sample pictures: a string hash to seed each picture from its file name, and small
 * helpers over a seeded generator.
 */
export type Rng = () => number;

export function hash(text: string): number {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	return h >>> 0;
}

export const between = (rng: Rng, a: number, b: number) => a + (b - a) * rng();
export const pick = <T,>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
export const f = (n: number) => (Math.round(n * 10) / 10).toString();
