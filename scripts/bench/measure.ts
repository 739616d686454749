/**
 * Runs a command and measures what a build costs the machine: wall time and
 * the peak resident memory of the whole process tree (npm, the build wrapper,
 * Astro, Pagefind), sampled from /proc, since a build that spawns helpers
 * needs the sum of them in RAM at once, not only its largest process.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
	status: number;
	seconds: number;
	peakBytes: number;
	log: string;
}

/** Parent pid → child pids, from /proc, at this instant. */
function childrenByParent(): Map<number, number[]> {
	const children = new Map<number, number[]>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const parent = Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1]);
			children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
		} catch {
			// the process ended while we looked
		}
	}
	return children;
}

/** Resident bytes of `pid` and all its descendants. */
function treeRss(pid: number): number {
	const children = childrenByParent();
	let total = 0;
	const visit = (current: number) => {
		try {
			total += Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${current}/status`, 'utf8'))?.[1] ?? 0) * 1024;
		} catch {
			// ended
		}
		for (const child of children.get(current) ?? []) visit(child);
	};
	visit(pid);
	return total;
}

/**
 * Runs `command` in `cwd`, passing each output line to `onLine` and each
 * memory sample to `onSample` (so progress can say which phase is heavy);
 * never throws on failure.
 */
export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; onLine?: (line: string) => void; onSample?: (bytes: number) => void }): Promise<Measured> {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
		let log = '';
		let peakBytes = 0;
		const sampler = setInterval(() => {
			if (!child.pid) return;
			const bytes = treeRss(child.pid);
			peakBytes = Math.max(peakBytes, bytes);
			options.onSample?.(bytes);
		}, 200);
		const collect = (chunk: Buffer) => {
			const text = chunk.toString('utf8');
			log += text;
			for (const line of text.split('\n').filter(Boolean)) options.onLine?.(line);
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		child.on('close', (code) => {
			clearInterval(sampler);
			resolve({ status: code ?? 1, seconds: (performance.now() - started) / 1000, peakBytes, log });
		});
	});
}
