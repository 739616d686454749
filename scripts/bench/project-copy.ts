/**
 * A throw-away copy of this project's code (everything a build reads, no
 * content, no build output) with node_modules linked, for the build
 * benchmark and the atomic-build test. Copies by exclusion, so a folder added
 * to the project later (like cms/) is part of the copy without anyone
 * remembering to list it.
 */
import { cpSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a build never reads, or what the caller provides itself (content/). */
const LEFT_OUT = new Set(['node_modules', 'dist', 'content', 'tests', 'bench', 'test-results', '.git', '.astro', '.cache', '.dist-next', '.dist-previous']);

/** Copies the project at `project` into the existing folder `root`. */
export function copyProject(project: string, root: string): void {
	for (const name of readdirSync(project).filter((entry) => !LEFT_OUT.has(entry))) cpSync(join(project, name), join(root, name), { recursive: true });
	symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
}
