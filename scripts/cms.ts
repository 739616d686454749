/**
 * `npm run cms`: the site and the CMS's local save server together, so an
 * editor can write on a laptop without an account. Decap's local backend
 * (decap-server) writes straight into content/ of this folder; `astro dev`
 * serves /admin/ and the preview of every page. Ctrl-C stops both.
 *
 * Environment: DECAP_SERVER_PORT (default 8081), MODE=git to try the
 * editorial workflow locally (decap-server then commits to git branches).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** Both packages' entry scripts; astro's is not in its package exports, so they are located directly. */
const bin = (path: string) => join(process.cwd(), 'node_modules', path);
const port = process.env.DECAP_SERVER_PORT ?? '8081';
const mode = process.env.MODE ?? 'fs';

/** Both run under this Node (the project's Node 24, via npm), never the machine's default. */
function start(name: string, script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
	const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
	child.on('exit', (code, signal) => {
		if (!stopping) {
			console.error(`\n${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
			stop(code ?? 1);
		}
	});
	return child;
}

let stopping = false;
const children: ChildProcess[] = [];
function stop(code = 0) {
	stopping = true;
	for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
	process.exitCode = code;
}

children.push(start('decap-server', bin('decap-server/dist/index.js'), [], { PORT: port, MODE: mode, GIT_REPO_DIRECTORY: process.cwd() }));
children.push(start('astro dev', bin('astro/bin/astro.mjs'), ['dev', '--host', 'localhost'], { DECAP_SERVER_PORT: port, CMS_SITE_URL: 'http://localhost:4321' }));

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

console.log(`\nCMS: open http://localhost:4321/admin/ once "astro dev" says it is ready (saves go to ./content, ${mode === 'git' ? 'as git commits' : 'as plain files'}).\n`);
