import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandNames } from './helpers/commands.js';
import { root, runCli, tempDir } from './helpers/run-cli.js';

// One way to name a bank: every command over one bank takes it as its argument or as --bank.
const dir = tempDir();
for (const name of ['putin-xi-sco-2022.yaml', 'putin-xi-sco-2022.txt', 'schema.json'])
	copyFileSync(
		path.join(root, 'questions', name),
		path.join(dir, name === 'putin-xi-sco-2022.yaml' ? 'own.yaml' : name),
	);
const run = (...args: string[]) => runCli(args, { cwd: dir });

const named: [string, (bank: string[]) => string[]][] = [
	['list', (bank) => ['list', ...bank, '--type', 'numeric']],
	['show', (bank) => ['show', ...bank, 'trade-last-year']],
	['check', (bank) => ['check', ...bank, 'trade-last-year', '140bn']],
	['export', (bank) => ['export', ...bank, '--format', 'json']],
	['stats', (bank) => ['stats', ...bank, '--json']],
	['assign', (bank) => ['assign', ...bank, '-n', '2', '--seed', 's']],
	['validate', (bank) => ['validate', ...bank]],
];

describe('a bank named as the argument or as --bank', () => {
	it.each(named)('%s reads the same bank either way', (_name, args) => {
		const asArgument = run(...args(['own.yaml']));
		const asOption = run(...args(['--bank', 'own.yaml']));
		expect(asArgument.code).toBe(0);
		expect(asArgument.stderr).toBe('');
		expect(asOption).toEqual(asArgument);
	});

	it.each(named.filter(([name]) => name !== 'validate'))(
		'%s refuses two different banks, exit 2',
		(_name, args) => {
			const result = run(...args(['own.yaml', '--bank', 'other.yaml']));
			expect(result.code).toBe(2);
			expect(result.stderr).toContain('two banks named, "own.yaml" and --bank "other.yaml"');
		},
	);

	it('reads a bank argument where it names its bank, and nothing else', () => {
		const stats = JSON.parse(run('stats', 'own.yaml', '--json').stdout);
		expect(stats.bank).toBe('own');
		expect(run('check', 'trade-last-year').stderr).toContain('expected [bank] <id> <answer>');
		// Ids have no extension: two words after show are two ids, not a bank and an id.
		expect(run('show', 'trade-last-year', 'vocab-protracted').code).toBe(0);
	});
});

describe('--help of every command', () => {
	it('covers every command quizline --help lists', () => {
		const listed = [...runCli(['--help']).stdout.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
		expect(listed).toEqual([...commandNames, 'help']);
	});

	it.each(commandNames)('%s ends with examples and says each default once', (command) => {
		const help = runCli([command, '--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toMatch(/\nExamples:\n {2}\$ quizline /);
		const text = help.stdout.replace(/\s+/g, ' ');
		expect(text).not.toMatch(/\(default[^)]*\) \(default/);
		expect(text).not.toMatch(/by default \(default/);
		expect(text).not.toMatch(/\(0 picks a free one\) \(default/);
	});
});
