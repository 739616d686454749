/**
 * The Content-Security-Policy of the site, which Astro writes into every page
 * as a <meta> element together with the hashes of the scripts and styles it
 * emits (astro.config.mjs `security.csp`). A meta policy cannot carry
 * `frame-ancestors`; that one, and the other headers, are in public/_headers.
 */

/**
 * Everything comes from the site itself: no CDN, no tracker, no third-party
 * frame, so a injected tag cannot load or send anything elsewhere.
 */
export const PUBLIC_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/**
 * Scripts: the site's own files and the hashes Astro adds. Pagefind compiles
 * its WebAssembly search engine in the browser, which CSP blocks unless
 * 'wasm-unsafe-eval' is allowed; that keyword permits WebAssembly only, not
 * JavaScript eval, and never inline scripts.
 */
export const PUBLIC_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Styles: the site's own files and the hashes of the stylesheets Astro inlines. */
export const PUBLIC_STYLE_SOURCES = ["'self'"] as const;

/**
 * What Decap CMS needs at /admin/ on top of the public policy, added by that
 * page only: it compiles its config validators with `new Function` (ajv),
 * injects its styles at run time (emotion), previews uploads as blob: and
 * data: images, and talks to the git host's API or the local decap-server at
 * `localBackendUrl` (on whatever port `npm run cms` gave it).
 */
export function cmsRelaxations(localBackendUrl: string) {
	const { port } = new URL(localBackendUrl);
	return {
		scriptSources: ["'unsafe-eval'"],
		styleSources: ["'unsafe-inline'"],
		directives: [
			"img-src 'self' data: blob: https://*.githubusercontent.com",
			`connect-src 'self' https://api.github.com http://localhost:${port} http://127.0.0.1:${port}`,
		] as const,
	};
}
