/**
 * The W3C Nu HTML Checker (vnu-jar, offline, one JVM run over all of dist/):
 * every built page is valid HTML. Warnings are printed, not failed on.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { DIST, htmlPages, requireDist } from '../support/dist.ts';

const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	url?: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

beforeAll(requireDist);

it('every page in dist/ passes the Nu HTML Checker with zero errors', () => {
	const run = spawnSync('java', ['-Xss2m', '-jar', VNU_JAR, '--format', 'json', '--skip-non-html', '--exit-zero-always', DIST], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	if (run.error) throw new Error(`could not run java (${run.error.message}); scripts/test-all.sh installs default-jre-headless`);
	const messages: VnuMessage[] = JSON.parse(run.stderr || '{"messages":[]}').messages;
	const where = (message: VnuMessage) => `${message.url ? relative(DIST, fileURLToPath(message.url)) : '?'}:${message.lastLine ?? '?'}`;
	const show = (message: VnuMessage) => `${where(message)}  ${message.message}${message.extract ? `\n    ${message.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : ''}`;

	// Checked as files, every page has the opaque origin of file: URLs, so the checker sees its own site's
	// files as blocked by `'self'`; the policy is checked properly by security.test.ts and in the browser by csp.test.ts.
	const warnings = messages.filter((message) => message.type === 'info' && message.subType === 'warning' && !/violates Content Security Policy/.test(message.message));
	const byMessage = Map.groupBy(warnings, (message) => message.message);
	if (warnings.length > 0) console.warn(`Nu HTML Checker: ${warnings.length} warnings (allowed)\n${[...byMessage].map(([text, found]) => `${found.length} × ${text}\n    first at ${where(found[0]!)}`).join('\n')}`);
	const errors = messages.filter((message) => message.type !== 'info');
	if (errors.length > 0) console.error(`Nu HTML Checker: ${errors.length} errors\n${errors.map(show).join('\n')}`);

	expect(htmlPages().length).toBeGreaterThan(0);
	expect(errors.map(show)).toEqual([]);
});
