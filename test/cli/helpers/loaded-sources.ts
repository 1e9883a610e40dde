// What a run of the built CLI loaded, as sources: the files the module logger
// (log-modules.mjs) wrote, each followed by the sources the build put into it (dist/meta.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './run-cli.js';

type Meta = { outputs: Record<string, { inputs: Record<string, unknown> }> };

/** The build's map of output files to their inputs. */
export const buildMeta = () =>
	JSON.parse(readFileSync(path.join(root, 'dist/meta.json'), 'utf8')) as Meta;

/** The node flag that makes a run write what it loads to `$QUIZLINE_MODULE_LOG`. */
export const moduleLogger = ['--import', path.join(root, 'test/cli/helpers/log-modules.mjs')];

/** Each loaded file of the log, followed by the sources the build put into it. */
export function sourcesOf(log: string): string[] {
	const { outputs } = buildMeta();
	return readFileSync(log, 'utf8')
		.split('\n')
		.filter(Boolean)
		.flatMap((line) => {
			if (!line.startsWith('file://')) return [line];
			const file = path.relative(root, new URL(line).pathname).split(path.sep).join('/');
			return [file, ...Object.keys(outputs[file]?.inputs ?? {})];
		});
}
