// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { EDITORS_EMAIL, SAMPLE_CONTENT, SITE_BASE, SITE_URL } from './src/site.config.ts';
import contentGuard from './src/integrations/content-guard.ts';
import { PUBLIC_DIRECTIVES, PUBLIC_SCRIPT_SOURCES, PUBLIC_STYLE_SOURCES } from './src/utils/csp.ts';
import { seoSitemap } from './src/utils/seo/sitemap.ts';

const siteRoot = new URL(SITE_BASE, `${SITE_URL}/`);

export default defineConfig({
	site: SITE_URL,
	base: SITE_BASE,
	trailingSlash: 'always',
	// Optimised images are cached here, outside node_modules, so `npm ci` does not throw them away.
	cacheDir: './.cache/astro',
	// Pages render a few at a time, so the share-card workers (src/utils/seo/og-workers.ts) are never left without a card.
	build: { format: 'directory', concurrency: 4 },
	integrations: [contentGuard(), mdx(), seoSitemap(siteRoot, sitemap)],
	// A <meta> Content-Security-Policy on every page with the hashes of Astro's own scripts and styles (src/utils/csp.ts).
	security: {
		csp: {
			directives: [...PUBLIC_DIRECTIVES],
			scriptDirective: { resources: [...PUBLIC_SCRIPT_SOURCES] },
			styleDirective: { resources: [...PUBLIC_STYLE_SOURCES] },
		},
	},
	experimental: {
		// An unchanged page is copied from the previous build (kept in cacheDir) instead of rendered again; the keys are in src/utils/page-cache-keys.ts.
		incrementalBuild: true,
	},
	// Shiki colours code with inline style attributes, which the policy blocks; stories are prose, code blocks stay plain.
	markdown: { syntaxHighlight: false },
	vite: {
		// The sample-content switch and the editors' address are written into the pages' code: a define is part of the
		// incremental build's config hash, so changing either renders every page again rather than copying stale pages.
		define: { 'process.env.SAMPLE_CONTENT': JSON.stringify(String(SAMPLE_CONTENT)), 'process.env.EDITORS_EMAIL': JSON.stringify(EDITORS_EMAIL) },
		build: {
			// Scripts are always files, never inlined into the HTML, so a strict CSP (script-src 'self') can hold.
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
			rollupOptions: {
				onwarn(warning, warn) {
					// Every MDX module carries a "use strict"-like directive Vite cannot hoist; harmless and noisy.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});
