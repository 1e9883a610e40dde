// The start-up baseline for frames: an Ink hello world, bundled as dist/ is (production React,
// the same esbuild plugins) and rendered once. Built into node_modules/ so it resolves nothing
// outside the bundle.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { inkWithoutDevtools, yogaWithoutFetch } from '../scripts/ink-production.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The text the hello world draws. */
export const helloText = 'Hello, world';

/** Bundles the hello world and returns the file to run with node. */
export async function buildInkHello() {
	const dir = path.join(root, 'node_modules', '.bench-ink-hello');
	mkdirSync(dir, { recursive: true });
	const entry = path.join(dir, 'hello.jsx');
	writeFileSync(
		entry,
		`import { render, Text } from 'ink';\nrender(<Text>${helloText}</Text>).unmount();\n`,
	);
	const outfile = path.join(dir, 'hello.mjs');
	await build({
		entryPoints: [entry],
		absWorkingDir: root,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		jsx: 'automatic',
		outfile,
		banner: {
			js: "import { createRequire as __helloCreateRequire } from 'node:module';\nconst require = __helloCreateRequire(import.meta.url);",
		},
		define: { 'process.env.NODE_ENV': JSON.stringify('production') },
		external: ['react-devtools-core'],
		minifyWhitespace: true,
		minifySyntax: true,
		plugins: [inkWithoutDevtools, yogaWithoutFetch],
		logLevel: 'warning',
	});
	return outfile;
}
