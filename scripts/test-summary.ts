/**
 * Prints the one line the landing reads, "N passed, N failed", from Vitest's
 * JSON report. A run that stopped before Vitest (content errors, type errors,
 * a failed build) still prints a line, counting the failed step.
 */
import { existsSync, readFileSync } from 'node:fs';

const [reportPath = 'test-results/vitest.json', exitStatus = '0'] = process.argv.slice(2);

interface VitestReport {
	numPassedTests: number;
	numFailedTests: number;
}

const report: VitestReport | undefined = existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : undefined;
const passed = report?.numPassedTests ?? 0;
const failed = (report?.numFailedTests ?? 0) + (exitStatus !== '0' && !report?.numFailedTests ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
