/**
 * Launches Debian's Chromium through playwright-core with the flags this
 * workplace needs (no background networking, a fresh profile), never a
 * downloaded browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Shared with Lighthouse, which launches its own Chromium through chrome-launcher. */
export const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export interface RunningBrowser {
	context: BrowserContext;
	close(): Promise<void>;
}

/** A persistent context in a throw-away profile; `close()` removes the profile. */
export async function launchBrowser(options: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean } = {}): Promise<RunningBrowser> {
	const profile = mkdtempSync(join(tmpdir(), 'trame-chromium-'));
	const removeProfile = () => rmSync(profile, { recursive: true, force: true });
	const context = await chromium
		.launchPersistentContext(profile, {
			executablePath: CHROMIUM_PATH,
			headless: true,
			args: FLAGS,
			viewport: options.viewport ?? { width: 390, height: 844 },
			javaScriptEnabled: options.javaScriptEnabled ?? true,
		})
		.catch((error: unknown) => {
			// No Chromium, or it crashed at start: nobody will call close(), so the profile goes now.
			removeProfile();
			throw error;
		});
	return {
		context,
		close: async () => {
			await context.close();
			removeProfile();
		},
	};
}

