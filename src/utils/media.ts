/**
 * Content refers to images by file name; `astro:assets` needs the imported
 * image. Globbing `content/media` once gives both: a lookup by name and
 * dimensions known at build time, so every image gets explicit sizes.
 */
import type { ImageMetadata } from 'astro';

const images = import.meta.glob<{ default: ImageMetadata }>('/content/media/*.{jpg,jpeg,png,webp,avif,JPG,JPEG,PNG}', { eager: true });

const byName = new Map(Object.entries(images).map(([path, module]) => [path.slice(path.lastIndexOf('/') + 1), module.default]));

/** The image for a content file name; `check:content` guarantees it exists before a build. */
export function mediaImage(name: string): ImageMetadata {
	const image = byName.get(name);
	if (!image) throw new Error(`content/media/${name} does not exist: upload the image or fix the file name (run npm run check:content to see every problem).`);
	return image;
}
