// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE_BASE, SITE_URL } from './src/site.config.ts';
import contentGuard from './src/integrations/content-guard.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

export default defineConfig({
	site: SITE_URL,
	base: SITE_BASE,
	trailingSlash: 'always',
	// Optimised images are cached here, outside node_modules, so `npm ci` does not throw them away.
	cacheDir: './.cache/astro',
	build: { format: 'directory' },
	integrations: [contentGuard(), mdx(), pagefindIndex()],
	vite: {
		build: {
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
