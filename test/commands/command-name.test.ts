import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nearestName, notACommand } from '../../src/commands/command-name.js';
import { commandNames } from '../cli/helpers/commands.js';
import { root, runCli, tempDir } from '../cli/helpers/run-cli.js';

describe('notACommand', () => {
	it.each([
		['stat', 'stats'],
		['plya', 'play'],
		['chekc', 'check'],
		['valdiate', 'validate'],
		['genrate', 'generate'],
		['exprot', 'export'],
		['Stats', 'stats'],
		['hots', 'host'],
	])('suggests the nearest command for %s', (typed, nearest) => {
		expect(nearestName(typed, commandNames)).toBe(nearest);
		expect(notACommand(typed, commandNames)).toBe(
			`"${typed}" is not a quizline command: did you mean "quizline ${nearest}"? (see: quizline --help)`,
		);
	});

	it('lists the commands when none is near', () => {
		expect(notACommand('banana', commandNames)).toMatch(
			/^"banana" is not a quizline command, nor a bank file \(commands: play, check, .*report; see: quizline --help\)$/,
		);
	});

	it.each(['my-bank.yaml', 'banks/economy', './stats', 'C:\\banks\\x', ''])(
		'leaves what may be a file name, %j, to the bank loader',
		(typed) => {
			expect(notACommand(typed, commandNames)).toBeUndefined();
		},
	);

	it('does not take a short unrelated word for a command', () => {
		expect(nearestName('ab', commandNames)).toBeUndefined();
		expect(nearestName('xyz', commandNames)).toBeUndefined();
	});
});

describe('quizline with a mistyped command (built CLI)', () => {
	it.each([
		['stat', 'did you mean "quizline stats"?'],
		['plya', 'did you mean "quizline play"?'],
	])('%s: says it is not a command, suggests one, exit 2', (typed, suggestion) => {
		const result = runCli([typed]);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(
			`"${typed}" is not a quizline command: ${suggestion} (see: quizline --help)\n`,
		);
	});

	it('still takes a bank file without an extension that exists', () => {
		const dir = tempDir();
		copyFileSync(path.join(root, 'questions', 'putin-xi-sco-2022.yaml'), path.join(dir, 'stat'));
		const result = runCli(['stat'], { cwd: dir });
		expect(result.stderr).not.toContain('is not a quizline command');
	});
});
