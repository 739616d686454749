/**
 * The incremental build's key of a page (`experimental.incrementalBuild` in
 * astro.config.mjs): a digest of the page's complete view model, the plain
 * data its components render. Astro copies a page from the previous build
 * when this key and the page's code are unchanged, so whatever a page shows
 * must be in its model; nothing has to remember to extend a key by hand.
 */
import { createHash } from 'node:crypto';

/** Values a view model may hold: what JSON keeps as is, plus dates. A function, Map or class instance would drop out of the key silently. */
function plain(_key: string, value: unknown): unknown {
	if (value === null || typeof value !== 'object') {
		if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw new TypeError(`A page's view model holds a ${typeof value}, which its cache key cannot cover: keep models to plain data.`);
		return value;
	}
	const prototype = Object.getPrototypeOf(value);
	if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) {
		throw new TypeError(`A page's view model holds a ${prototype?.constructor?.name ?? 'non-plain'} object, which its cache key cannot cover: keep models to plain data.`);
	}
	return value;
}

/** A short, stable digest of plain data (dates by their ISO time). */
export function digest(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value, plain)).digest('base64url');
}

/** A `getStaticPaths` entry whose key is the digest of the props it renders. */
export function keyed<Params, Props>(params: Params, props: Props): { params: Params; props: Props; cacheKey: string } {
	return { params, props, cacheKey: digest(props) };
}

/**
 * A path with the frame its page shares with the others of its language (the
 * footer's links) added to its props; a keyed path's key then covers the
 * frame too, so a renamed page about the site renders every footer again.
 */
export function withFrame<Path extends { props: object; cacheKey?: string }, Frame>(path: Path, frame: Frame): Path & { props: Path['props'] & { frame: Frame } } {
	return { ...path, props: { ...path.props, frame }, ...(path.cacheKey === undefined ? {} : { cacheKey: digest([path.cacheKey, frame]) }) };
}
