import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cli = path.resolve('dist/cli.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'quizline-live-cli-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Runs the built CLI with piped stdin (not a terminal) and a temp store. */
function quizline(...args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], {
		cwd: work,
		input: '',
		encoding: 'utf8',
		env: { ...process.env, QUIZLINE_STORE_DIR: path.join(work, 'store'), NO_COLOR: '1' },
		timeout: 15_000,
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
	fs.writeFileSync(path.join(work, name), text);
	return name;
}

describe('live commands from a script', () => {
	it('host and join need a terminal: a clear message and exit 2, never a raw-mode error', () => {
		const host = quizline('host', '--bind', '127.0.0.1', '--port', '0');
		expect(host.code).toBe(2);
		expect(host.stderr).toContain('quizline host needs an interactive terminal');
		const join = quizline('join', '127.0.0.1:9', '--code', 'ABCDE', '--name', 'Ann');
		expect(join.code).toBe(2);
		expect(join.stderr).toContain('quizline join needs an interactive terminal');
		for (const output of [host.stderr, join.stderr])
			expect(output).not.toMatch(/Raw mode|at .*\.js/);
	});

	it('join without a code or name is a usage mistake (exit 2)', () => {
		const result = quizline('join', '127.0.0.1:9', '--name', 'Ann');
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("required option '--code <code>' not specified");
	});

	it('report prints the per-question report from a results file', () => {
		const csv = file(
			'class.csv',
			[
				'name,question_id,answer,result,seconds',
				'Ann,q-trade,$140 billion,right,3.2',
				'Bob,q-trade,$40 billion,wrong,5.0',
				'Cy,q-trade,$40 billion,wrong,7.5',
				'Ann,q-words,5000,right,4.0',
				'Bob,q-words,,unanswered,',
				'Cy,q-words,5000,right,9.1',
			].join('\n'),
		);
		const result = quizline('report', csv);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Class report: 3 students, 2 questions');
		expect(result.stdout).toMatch(/q-trade\s+1\/3\s+33%\s+\+1\.00\s+\$40 billion \(2\)/);
		expect(result.stdout).toMatch(/q-words\s+2\/3\s+67%\s+\+1\.00\s+–/);
		const json = JSON.parse(quizline('report', csv, '--json').stdout);
		expect(json.questions[0]).toMatchObject({ questionId: 'q-trade', right: 1, students: 3 });
		// A file written before results named the question: no prompt, and the JSON says null.
		expect(json.questions[0].prompt).toBeNull();
	});

	it('report names each question by its prompt from a file that has them, in text and JSON', () => {
		const long = 'In the official’s view, why would the Kremlin want to cozy up to Beijing?';
		const csv = file(
			'class.csv',
			[
				'name,question_id,answer,result,seconds,prompt',
				`Ann,q-cozy,sanctions,wrong,3.2,"${long}"`,
				`Bob,q-cozy,the army,right,5.0,"${long}"`,
			].join('\n'),
		);
		const result = quizline('report', csv);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^question\s+prompt\s+right/m);
		expect(result.stdout).toMatch(/^q-cozy\s+In the official’s view, why would the K…\s+1\/2/m);
		const json = JSON.parse(quizline('report', csv, '--json').stdout);
		expect(json.questions[0]).toMatchObject({ questionId: 'q-cozy', prompt: long, right: 1 });
	});

	it('report names the file, line and column of a bad row, and a missing file (exit 2)', () => {
		const bad = file('bad.csv', 'name,question_id,answer,result,seconds\nAnn,q-1,yes,perhaps,2\n');
		const result = quizline('report', bad);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(
			'bad.csv:2:13: expected right, partial, wrong or unanswered, found "perhaps"\n',
		);
		const missing = quizline('report', 'nowhere.csv');
		expect(missing.code).toBe(2);
		expect(missing.stderr).toBe('nowhere.csv: cannot read the results: no such file\n');
	});
});
