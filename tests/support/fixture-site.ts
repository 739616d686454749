/**
 * Builds a throw-away project root from the valid fixture site plus one
 * case's overlay files, so each content-error case states only what differs.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const CASES = join(FIXTURES, 'content-cases');

/** Copies the valid site, then the case's `files/` over it; returns the temp root and a cleanup. */
export function fixtureSite(caseName?: string): { root: string; cleanup(): void } {
	const root = mkdtempSync(join(tmpdir(), 'trame-fixture-'));
	cpSync(join(FIXTURES, 'valid-site'), root, { recursive: true });
	const overlay = caseName ? join(CASES, caseName, 'files') : undefined;
	if (overlay && existsSync(overlay)) cpSync(overlay, root, { recursive: true });
	// Retries: a build's background deletion of the site it replaced may still be emptying a folder in there.
	return { root, cleanup: () => rmSync(root, { recursive: true, force: true, maxRetries: 10 }) };
}
