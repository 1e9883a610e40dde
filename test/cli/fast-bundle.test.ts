// The fast commands are bundled into dist/cli.js (scripts/build.mjs): whatever their module graph
// reaches statically is an input of that file, so none may be ink, react, yaml, zod or conf.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/run-cli.js';

type Meta = { outputs: Record<string, { inputs: Record<string, unknown> }> };

const heavy = /node_modules\/(ink|react|react-reconciler|scheduler|yoga-layout|yaml|zod|conf)\//;

/** The sources esbuild put into dist/cli.js (`npm run build` writes dist/meta.json). */
function startupInputs(): string[] {
	const meta = JSON.parse(readFileSync(path.join(root, 'dist/meta.json'), 'utf8')) as Meta;
	return Object.keys(meta.outputs['dist/cli.js']?.inputs ?? {});
}

describe('the start-up bundle', () => {
	it.each(['check', 'list', 'show', 'export', 'validate'])('holds the %s command', (command) => {
		expect(startupInputs()).toContain(`src/commands/${command}.ts`);
	});

	it('holds the quick load of a valid bank, and not the exact one', () => {
		expect(startupInputs()).toContain('src/files/load-bank-quick.ts');
		expect(startupInputs()).toContain('src/core/yaml/line-yaml.ts');
		expect(startupInputs()).not.toContain('src/files/load-bank.ts');
		expect(startupInputs()).not.toContain('src/core/yaml/parse-yaml.ts');
	});

	it('reaches no ink, react, yaml, zod or conf', () => {
		expect(startupInputs().filter((input) => heavy.test(input))).toEqual([]);
	});
});

/** Every input esbuild put into any file of dist/. */
function allInputs(): string[] {
	const meta = JSON.parse(readFileSync(path.join(root, 'dist/meta.json'), 'utf8')) as Meta;
	return Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
}

describe('every bundle', () => {
	it("carries React's production build, not its development one", () => {
		const inputs = allInputs().filter((input) =>
			/node_modules\/(react|react-reconciler)\//.test(input),
		);
		expect(inputs.some((input) => input.endsWith('.production.js'))).toBe(true);
		expect(inputs.filter((input) => input.endsWith('.development.js'))).toEqual([]);
	});

	it('leaves out what conf imports but is never used here (ajv, semver)', () => {
		const unused = allInputs().filter((input) =>
			/node_modules\/(ajv|ajv-formats|semver)\//.test(input),
		);
		expect(unused).toEqual([]);
		expect(allInputs()).toContain('node_modules/conf/dist/source/index.js');
	});

	it("leaves out Ink's devtools connection", () => {
		expect(
			allInputs().filter((input) => input.startsWith('node_modules/ink/build/devtools')),
		).toEqual([]);
	});
});
