// `npm run build`: bundle the CLI with esbuild into dist/, in two parts.
//
// - dist/cli.js: one file with the argument parser and the commands that must start fast
//   (startupCommands below). Node 20 spends about 2 ms on each ES module it loads, so the
//   start-up path is a single file.
// - dist/lazy/: everything reached through any other dynamic import() — the other commands, the
//   Ink UI, the score store, YAML and zod for banks not in the cache — split into chunks and
//   loaded only when needed.
//
// Type-checking is `npm run typecheck` (tsc); this only strips types.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { inkWithoutDevtools, yogaWithoutFetch } from './ink-production.mjs';
import { leanConf } from './lean-conf.mjs';
import { writeVocabulary } from './vocabulary-data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'src');
const outdir = path.join(root, 'dist');

/** Commands bundled into dist/cli.js: they need no heavy dependency and must start fast. */
const startupCommands = ['check', 'list', 'show', 'export', 'validate'].map((name) =>
	path.join(srcDir, 'commands', `${name}.ts`),
);

/** Every source file, for the build id. */
function sourceFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = path.join(dir, entry.name);
		return entry.isDirectory() ? sourceFiles(file) : [file];
	});
}

/** Changes whenever the code or its dependencies do; the bank cache keys on it. */
const buildId = createHash('sha256')
	.update(
		[...sourceFiles(srcDir), path.join(root, 'package-lock.json')]
			.sort()
			.map((file) => `${path.relative(root, file)}\0${readFileSync(file, 'utf8')}`)
			.join('\0'),
	)
	.digest('hex')
	.slice(0, 16);

/** The source file a relative import names (`./x.js` is written for `./x.ts` or `./x.tsx`). */
function sourceOf(resolveDir, specifier) {
	const base = path.resolve(resolveDir, specifier).replace(/\.js$/, '');
	return ['.ts', '.tsx'].map((ext) => base + ext).find(existsSync);
}

/** Dynamic imports that leave dist/cli.js, as source files; filled while building it. */
const lazyEntries = new Set();

/** Sends each dynamic import() to dist/lazy/, except cli.ts's imports of startupCommands. */
const lazyBoundary = {
	name: 'lazy-boundary',
	setup(stage) {
		stage.onResolve({ filter: /^\.\.?\// }, (args) => {
			if (args.kind !== 'dynamic-import') return undefined;
			const target = sourceOf(args.resolveDir, args.path);
			if (!target) return undefined;
			const isStartup =
				args.importer === path.join(srcDir, 'cli.ts') && startupCommands.includes(target);
			if (isStartup) return undefined;
			lazyEntries.add(target);
			const output = path
				.relative(srcDir, target)
				.replace(/\.tsx?$/, '.js')
				.split(path.sep)
				.join('/');
			return { path: `./lazy/${output}`, external: true };
		});
	},
};

/**
 * commander requires node:child_process when it loads, for subcommands run as separate
 * programs, which quizline has none of; loading it costs ~10 ms of every start. This hands
 * commander a stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
	name: 'lazy-child-process',
	setup(stage) {
		stage.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
			args.importer.includes(`${path.sep}commander${path.sep}`)
				? { path: 'child_process', namespace: 'lazy-child-process' }
				: undefined,
		);
		stage.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
			contents: `let real;
const load = () => (real ??= require('node:child_process'));
module.exports = new Proxy({}, { get: (_, key) => load()[key] });`,
			loader: 'js',
		}));
	},
};

const common = {
	absWorkingDir: root,
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	// Some dependencies (commander, yaml, react) are CommonJS and require Node's own modules.
	banner: {
		js: "import { createRequire as __quizlineCreateRequire } from 'node:module';\nconst require = __quizlineCreateRequire(import.meta.url);",
	},
	// React and Ink ship a development build (per-component timing, extra checks) chosen by
	// NODE_ENV at run time; the bundle always carries the production one.
	define: {
		QUIZLINE_BUILD_ID: JSON.stringify(buildId),
		'process.env.NODE_ENV': JSON.stringify('production'),
	},
	// Ink's devtools module (left out by inkWithoutDevtools) names this; it is not a dependency.
	external: ['react-devtools-core'],
	minifyWhitespace: true,
	minifySyntax: true,
	legalComments: 'none',
	metafile: true,
	logLevel: 'warning',
};

rmSync(outdir, { recursive: true, force: true });
const entry = await build({
	...common,
	entryPoints: ['src/cli.ts'],
	outfile: path.join(outdir, 'cli.js'),
	plugins: [lazyBoundary, lazyChildProcess, inkWithoutDevtools, yogaWithoutFetch, leanConf],
});
const lazy = await build({
	...common,
	entryPoints: [...lazyEntries],
	outdir: path.join(outdir, 'lazy'),
	outbase: 'src',
	splitting: true,
	entryNames: '[dir]/[name]',
	chunkNames: 'chunks/[name]-[hash]',
	plugins: [lazyChildProcess, inkWithoutDevtools, yogaWithoutFetch, leanConf],
});
// Which sources went into which file: the module-loading test reads it.
const outputs = { ...entry.metafile.outputs, ...lazy.metafile.outputs };
writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify({ buildId, outputs }));
chmodSync(path.join(outdir, 'cli.js'), 0o755);
// The word senses `generate` asks vocabulary from, trimmed from WordNet; cached between builds.
writeVocabulary(
	path.join(outdir, 'vocabulary.json.gz'),
	path.join(root, 'node_modules', '.cache', 'quizline'),
);
