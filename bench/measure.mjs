// Small timing helpers shared by the benchmarks.
import { spawnSync } from 'node:child_process';

/** Median of a list of numbers. */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Wall time of one run of a command, in milliseconds. */
export function timeCommand(command, args, options = {}) {
	const start = process.hrtime.bigint();
	const result = spawnSync(command, args, { stdio: 'ignore', ...options });
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	if (result.error) throw result.error;
	return ms;
}

/** Median wall time over `runs` runs, after one warm-up run. */
export function medianTime(command, args, runs = 15, options = {}) {
	timeCommand(command, args, options);
	return median(Array.from({ length: runs }, () => timeCommand(command, args, options)));
}

/** `12.3 ms`. */
export const ms = (value) => `${value.toFixed(1)} ms`;

/**
 * Median wall times of several commands measured in turn, run after run, so that a machine
 * whose load changes during the benchmark weighs on all of them alike. Each command is
 * `{ command, args, env, before }`; `env` may be a function, called before every run, and
 * `before` is called (untimed) before every run.
 */
export function interleavedMedians(commands, runs = 15) {
	const options = (entry) => {
		entry.before?.();
		return { env: typeof entry.env === 'function' ? entry.env() : entry.env };
	};
	for (const entry of commands) timeCommand(entry.command, entry.args, options(entry));
	const times = commands.map(() => []);
	for (let run = 0; run < runs; run++) {
		commands.forEach((entry, index) => {
			times[index].push(timeCommand(entry.command, entry.args, options(entry)));
		});
	}
	return times.map(median);
}

/**
 * Project modules for a benchmark to call in-process: the build bundles the CLI, so the modules
 * a benchmark needs are bundled here from src/ (dependencies stay in node_modules).
 */
export async function loadSources(sources) {
	const { build } = await import('esbuild');
	const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
	const path = await import('node:path');
	const { fileURLToPath, pathToFileURL } = await import('node:url');
	const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
	const entry = sources
		.map(
			(source, index) => `export * as m${index} from ${JSON.stringify(path.join(root, source))};`,
		)
		.join('\n');
	const outdir = mkdtempSync(path.join(root, 'node_modules', '.bench-'));
	const outfile = path.join(outdir, 'bundle.mjs');
	writeFileSync(path.join(outdir, 'entry.ts'), entry);
	await build({
		entryPoints: [path.join(outdir, 'entry.ts')],
		bundle: true,
		format: 'esm',
		platform: 'node',
		packages: 'external',
		outfile,
		logLevel: 'warning',
	});
	const loaded = await import(pathToFileURL(outfile).href);
	rmSync(outdir, { recursive: true, force: true });
	return sources.map((_, index) => loaded[`m${index}`]);
}
