/**
 * Turns a tag or sector as editors write it ("città d'arte", "Made in Italy")
 * into a stable ASCII URL segment, so accents and apostrophes never break a link.
 */
export function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
