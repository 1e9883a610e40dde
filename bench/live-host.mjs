// The real `quizline host`, with its Ink screen, in a pseudo-terminal: the live benchmark's
// server when it measures what a class meets. Keys go to the screen as a teacher types them;
// every write of the screen is timed, so the gaps between redraws can be reported.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from 'node-pty';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');

/** The kernel's peak resident size of process `pid` (VmHWM), in bytes; NaN off Linux. */
function peakRss(pid) {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kib = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
		return kib ? Number(kib) * 1024 : Number.NaN;
	} catch {
		return Number.NaN;
	}
}

/** Resolves with `find(screen)` once it is defined; rejects after `timeoutMs`. */
function waitFor(host, find, what, timeoutMs = 30_000) {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const poll = () => {
			const found = find(host.screen);
			if (found !== undefined) return resolve(found);
			if (Date.now() - started > timeoutMs) {
				return reject(new Error(`bench: the host screen never showed ${what}`));
			}
			setTimeout(poll, 5);
		};
		poll();
	});
}

/**
 * Starts `quizline host` on 127.0.0.1 with `count` questions; resolves once its lobby shows the
 * join command, with the port and code read from it.
 */
export async function startHost(count) {
	const store = mkdtempSync(path.join(tmpdir(), 'quizline-bench-host-'));
	// BENCH_NODE_ARGS: flags for the host's node, e.g. `--cpu-prof` to see where its time goes.
	const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
	const args = [
		...nodeArgs,
		cli,
		'host',
		'--bind',
		'127.0.0.1',
		'--port',
		'0',
		'--count',
		String(count),
	];
	args.push('--seed', 'bench', '--timer', '600', '--out', path.join(store, 'class.csv'));
	const child = pty.spawn(process.execPath, args, {
		cols: 120,
		rows: 40,
		cwd: store,
		env: { ...process.env, CI: 'false', QUIZLINE_STORE_DIR: store },
	});
	const host = { child, screen: '', writes: [], exited: false };
	child.onData((data) => {
		host.writes.push(performance.now());
		host.screen += data;
		// Only the recent screen is searched; the whole session would grow without end.
		if (host.screen.length > 200_000) host.screen = host.screen.slice(-100_000);
	});
	child.onExit(() => {
		host.exited = true;
	});
	const join = /quizline join 127\.0\.0\.1:(\d+) --code ([A-Z0-9]{4}-[A-Z0-9]{4})/;
	const [, port, code] = await waitFor(host, (screen) => join.exec(screen) ?? undefined, 'a join');
	return {
		port: Number(port),
		code,
		pid: child.pid,
		/** When the screen was written to, in performance.now() time. */
		writes: host.writes,
		/** Types keys at the screen; returns when they were sent. */
		press(keys) {
			const at = performance.now();
			child.write(keys);
			return at;
		},
		waitFor: (find, what) => waitFor(host, find, what),
		peakRss: () => peakRss(child.pid),
		/** Ends the session with Ctrl+C (it saves and exits), or kills it after 10 s. */
		stop() {
			return new Promise((resolve) => {
				if (host.exited) return resolve();
				const timer = setTimeout(() => {
					child.kill();
					resolve();
				}, 10_000);
				child.onExit(() => {
					clearTimeout(timer);
					resolve();
				});
				child.write('\x03');
			});
		},
	};
}

/** The longest gap between two writes of the screen within [from, to], in ms. */
export function longestGap(writes, from, to) {
	const inside = writes.filter((at) => at >= from && at <= to);
	const edges = [from, ...inside, to];
	let longest = 0;
	for (let i = 1; i < edges.length; i++) longest = Math.max(longest, edges[i] - edges[i - 1]);
	return longest;
}
