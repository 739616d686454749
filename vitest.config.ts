import { defineConfig } from 'vitest/config';

const LIGHTHOUSE = 'tests/browser/lighthouse.test.ts';

/**
 * Four suites: `unit` needs nothing, `build` reads the built site in dist/,
 * `browser` drives Chromium against it. `npm test` builds once, then runs all.
 *
 * `lighthouse` runs alone, after the other three have finished. Its
 * performance score simulates a slow phone by multiplying the time each task
 * took on this machine, so beside the unit suite's site builds it measures
 * the builds, not the page (README, Benchmarks).
 */
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000 } },
			{ test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], exclude: [LIGHTHOUSE], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } },
			{ test: { name: 'lighthouse', include: [LIGHTHOUSE], testTimeout: 180_000, hookTimeout: 120_000, sequence: { groupOrder: 1 } } },
		],
	},
});
