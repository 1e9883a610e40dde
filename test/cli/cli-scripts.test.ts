import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { root } from './helpers/run-cli.js';

it('test/cli-scripts.sh: good, wrong and broken sheets through the built CLI', () => {
	const result = spawnSync('bash', [path.join(root, 'test', 'cli-scripts.sh')], {
		cwd: root,
		encoding: 'utf8',
		env: { PATH: process.env.PATH, HOME: process.env.HOME },
		timeout: 120_000,
	});
	expect(result.stdout).toMatch(/cli-scripts\.sh: all \d+ checks passed/);
	expect(result.status).toBe(0);
}, 120_000);
