import { defineConfig } from 'vitest/config';

/**
 * Three suites: `unit` needs nothing, `build` reads the built site in dist/,
 * `browser` drives Chromium against it. `npm test` builds once, then runs all.
 */
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000 } },
			{ test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } },
		],
	},
});
