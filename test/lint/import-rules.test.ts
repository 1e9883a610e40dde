// The layer and fast-start rules of biome.json, each shown to fail on a bad import: the
// project's own overrides run over one-line files laid out like src/, in a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../cli/helpers/run-cli.js';

const biome = path.join(root, 'node_modules', '.bin', 'biome');

/** biome.json's linter and overrides, without the settings that need the repository. */
function importRules() {
	const { linter, overrides } = JSON.parse(readFileSync(path.join(root, 'biome.json'), 'utf8'));
	return { linter, overrides };
}

/** The rules Biome reports for one file holding `code` at `file` (a path under src/). */
function lint(file: string, code: string): string[] {
	const dir = tempDir('quizline-lint-');
	writeFileSync(path.join(dir, 'biome.json'), JSON.stringify(importRules()));
	mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
	writeFileSync(path.join(dir, file), `${code}\nexport const used = [x];\n`);
	const result = spawnSync(biome, ['lint', '--reporter=json', '--max-diagnostics=50', file], {
		cwd: dir,
		encoding: 'utf8',
	});
	const report = JSON.parse(result.stdout) as { diagnostics: { category: string }[] };
	return report.diagnostics.map((diagnostic) => diagnostic.category);
}

const restricted = 'lint/style/noRestrictedImports';
const nodeModule = 'lint/correctness/noNodejsModules';

describe('imports biome.json refuses', () => {
	it.each([
		['src/core/select.ts', "import { x } from '../ui/app.js';", restricted],
		['src/core/bank/parse.ts', "import { x } from '../../store/schema.js';", restricted],
		['src/core/bank/parse.ts', "import { x } from '../../files/load-bank.js';", restricted],
		['src/core/grade/grade.ts', "import x from 'ink';", restricted],
		['src/core/select.ts', "import { readFileSync as x } from 'node:fs';", nodeModule],
		['src/core/grade/grade.ts', "import { z as x } from 'zod';", restricted],
		['src/core/select.ts', "import { parse as x } from 'yaml';", restricted],
		['src/ui/app.tsx', "import x from 'conf';", restricted],
		['src/commands/stats.ts', "import type x from 'conf';", restricted],
		['src/generate/generate-bank.ts', "import x from 'conf';", restricted],
		['src/commands/list.ts', "import { render as x } from 'ink';", restricted],
		['src/cli.ts', "const x = () => import('react');", restricted],
		['src/commands/show.ts', "import { z as x } from 'zod';", restricted],
		['src/format/question-text.ts', "import { parse as x } from 'yaml';", restricted],
		['src/files/load-bank.ts', "import { z as x } from 'zod';", restricted],
		['src/files/load-bank.ts', "import x from 'conf';", restricted],
		['src/store/store-file.ts', "import { readFileSync as x } from 'node:fs';", restricted],
		['src/commands/host.ts', "import { writeFileSync as x } from 'node:fs';", restricted],
		['src/commands/check.ts', "import x from 'node:fs/promises';", restricted],
		['src/ui/app.tsx', "import { readFileSync as x } from 'fs';", restricted],
		['src/live/server.ts', "import x from 'node:fs';", restricted],
	])('%s: %s', (file, code, rule) => {
		expect(lint(file, code)).toContain(rule);
	});
});

describe('imports biome.json lets through', () => {
	it.each([
		['src/core/bank/parse.ts', "import { x } from '../select.js';"],
		['src/core/bank/schema.ts', "import { z as x } from 'zod';"],
		['src/store/store-conf.ts', "import x from 'conf';"],
		['src/ui/app.tsx', "import x from 'ink';"],
		['src/commands/play.ts', "const x = () => import('yaml');"],
		['src/files/answers-file.ts', "import { parse as x } from 'yaml';"],
		['src/files/read-text.ts', "import { readFileSync as x } from 'node:fs';"],
		['src/files/answers-file.ts', "import x from 'node:fs';"],
	])('%s: %s', (file, code) => {
		expect(lint(file, code)).toEqual([]);
	});
});
