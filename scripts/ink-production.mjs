// esbuild plugins that keep Ink's development-only paths out of the bundle.
import { readFileSync } from 'node:fs';

/**
 * Ink connects to React DevTools when DEV=true is in the environment (a common variable in
 * shells); the devtools are not a dependency, so the bundle never takes that path.
 */
export const inkWithoutDevtools = {
	name: 'ink-without-devtools',
	setup(stage) {
		stage.onLoad({ filter: /[\\/]ink[\\/]build[\\/]utils\.js$/ }, () => ({
			contents: 'export const isDev = () => false;',
			loader: 'js',
		}));
		stage.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
			/[\\/]ink[\\/]build$/.test(args.resolveDir)
				? { path: 'ink-devtools', namespace: 'ink-without-devtools' }
				: undefined,
		);
		stage.onLoad({ filter: /.*/, namespace: 'ink-without-devtools' }, () => ({
			contents: '',
			loader: 'js',
		}));
	},
};

const wasmUrl = /"data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;
const wasmOption = 'h.wasmBinary&&(w=h.wasmBinary);';

/**
 * yoga-layout carries its WebAssembly as a base64 data: URL and decodes it with fetch(), which
 * loads Node's whole HTTP client (undici) before Ink draws its first frame. This hands the
 * Emscripten loader the bytes directly (Buffer decodes base64 natively), so fetch is never
 * called.
 */
export const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(stage) {
		stage.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/][^\\/]+\.js$/ }, (args) => {
			const source = readFileSync(args.path, 'utf8');
			const base64 = wasmUrl.exec(source)?.[1];
			if (!base64 || !source.includes(wasmOption)) {
				throw new Error(`yoga-without-fetch: ${args.path} no longer has the expected loader`);
			}
			const contents = source
				.replace(wasmUrl, '"data:application/octet-stream;base64,"')
				.replace(wasmOption, `w=h.wasmBinary||Buffer.from(${JSON.stringify(base64)},"base64");`);
			return { contents, loader: 'js' };
		});
	},
};
