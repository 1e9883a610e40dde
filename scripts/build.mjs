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
 * programs, which quizline has none of; terminal-size (under Ink) imports it for a fallback
 * (`tput`, `resize`) used only when the terminal does not give its size. Loading it costs
 * ~10 ms of every start. This hands them a stand-in that loads the real module on first use.
 */
const childProcessUsers = new RegExp(`\\${path.sep}(commander|terminal-size)\\${path.sep}`);
const lazyChildProcess = {
	name: 'lazy-child-process',
	setup(stage) {
		// commander require()s it (a CommonJS proxy); terminal-size imports one function by name.
		stage.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
			childProcessUsers.test(args.importer)
				? {
						path: args.kind === 'require-call' ? 'require' : 'import',
						namespace: 'lazy-child-process',
					}
				: undefined,
		);
		stage.onLoad({ filter: /^require$/, namespace: 'lazy-child-process' }, () => ({
			contents: `let real;
const load = () => (real ??= require('node:child_process'));
module.exports = new Proxy({}, { get: (_, key) => load()[key] });`,
			loader: 'js',
		}));
		stage.onLoad({ filter: /^import$/, namespace: 'lazy-child-process' }, () => ({
			contents: `export const execFileSync = (...args) => require('node:child_process').execFileSync(...args);`,
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

/**
 * The trainer's start is one file: dist/lazy/commands/play.js is built again with the UI and
 * the score store inside it (their dynamic imports become lazily run parts of the same file),
 * as loading some forty chunks cost its first frame a few ms each. Its other dynamic imports
 * (a quiz sheet's player, the store's full checks) still load the lazy build's chunks.
 */
const inPlayFile = new Set(
	['src/ui/run-trainer.tsx', 'src/store/store-core.ts'].map((file) => path.join(root, file)),
);
const playFile = path.join(outdir, 'lazy', 'commands', 'play.js');
/** The lazy build's file for each source it made a dynamic-import entry of. */
const lazyFileOf = new Map(
	Object.entries(lazy.metafile.outputs)
		.filter(([, output]) => output.entryPoint)
		.map(([file, output]) => [path.join(root, output.entryPoint), path.join(root, file)]),
);
const playBoundary = {
	name: 'play-boundary',
	setup(stage) {
		stage.onResolve({ filter: /^\.\.?\// }, (args) => {
			if (args.kind !== 'dynamic-import') return undefined;
			const target = sourceOf(args.resolveDir, args.path);
			if (!target || inPlayFile.has(target)) return undefined;
			const file = lazyFileOf.get(target);
			if (!file) throw new Error(`play bundle: no lazy file for ${target}`);
			const relative = path.relative(path.dirname(playFile), file).split(path.sep).join('/');
			return { path: relative.startsWith('.') ? relative : `./${relative}`, external: true };
		});
	},
};
const play = await build({
	...common,
	entryPoints: [path.join(srcDir, 'commands', 'play.ts')],
	outfile: playFile,
	allowOverwrite: true,
	plugins: [playBoundary, lazyChildProcess, inkWithoutDevtools, yogaWithoutFetch, leanConf],
});
// Which sources went into which file: the module-loading test reads it.
const outputs = { ...entry.metafile.outputs, ...lazy.metafile.outputs, ...play.metafile.outputs };
writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify({ buildId, outputs }));
chmodSync(path.join(outdir, 'cli.js'), 0o755);
// The word senses `generate` asks vocabulary from, trimmed from WordNet; cached between builds.
writeVocabulary(
	path.join(outdir, 'vocabulary.json.gz'),
	path.join(root, 'node_modules', '.cache', 'quizline'),
);
