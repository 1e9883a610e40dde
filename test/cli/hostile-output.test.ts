import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

const escapes = 'test/fixtures/hostile/escapes';
// biome-ignore lint/suspicious/noControlCharactersInRegex: nothing of these may be printed
const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Text built to drive a terminal: title, clipboard, clear screen, C1, overwrite, bidi. */
const hostileText = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				'\u001B]0;PWNED\u0007',
				'\u001B]52;c;cm0gLXJmIH4=\u0007',
				'\u001B[2J\u001B[H',
				'\u009B31m',
				'\u001BP+q\u001B\\',
				'\r',
				'\b\b',
				'\u202E',
				'\n',
			),
			fc.string({ unit: fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)) }),
			fc.string({ maxLength: 6 }),
		),
		{ minLength: 1, maxLength: 6 },
	)
	.map((parts) => parts.join(''));

/** YAML double-quoted text for any string (JSON's escapes are YAML's too). */
const yamlString = (text: string) => JSON.stringify(text);

function expectClean(result: { stdout: string; stderr: string }): void {
	expect(result.stdout).not.toMatch(control);
	expect(result.stderr).not.toMatch(control);
}

describe('no text from a bank, a sheet, an article or an argument drives the terminal', () => {
	it.each(readdirSync(escapes).filter((file) => file.endsWith('.yaml')))(
		'%s is refused with file:line:col by validate, list and check, and nothing escapes',
		(file) => {
			const bank = path.join(escapes, file);
			const validate = runCli(['validate', bank]);
			expect(validate.code).toBe(2);
			expect(validate.stderr).toMatch(
				new RegExp(`${bank}:\\d+:\\d+: .*holds U\\+[0-9A-F]{4} .*expected printable text`),
			);
			expectClean(validate);
			for (const args of [
				['list', '--bank', bank],
				['check', 'q-title', 'x', '--bank', bank],
			]) {
				const result = runCli(args);
				expect(result.code).toBe(2);
				expectClean(result);
			}
		},
	);

	it('grade prints a hostile sheet (student, answers, file name) without a control character', () => {
		const dir = tempDir();
		fc.assert(
			fc.property(hostileText, hostileText, hostileText, (student, answer, name) => {
				const sheet = path.join(
					dir,
					`${name.split('\u0000').join('_').split('/').join('_').slice(0, 40)}.answers.yaml`,
				);
				const lines = [
					`student: ${yamlString(student)}`,
					'bank: putin-xi-sco-2022',
					'answers:',
					`  summit-host-country: ${yamlString(answer)}`,
					`  pelosi-taipei-visit: ${yamlString(answer)}`,
				];
				writeFileSync(sheet, `${lines.join('\n')}\n`);
				const result = runCli(['grade', sheet]);
				expect([1, 2]).toContain(result.code);
				expectClean(result);
			}),
			{ numRuns: 6 },
		);
	});

	it('check echoes a hostile answer and a hostile id without a control character', () => {
		fc.assert(
			fc.property(hostileText, (text) => {
				// An argument cannot hold NUL; everything else can reach argv.
				const answer = text.split('\u0000').join('');
				expectClean(runCli(['check', 'summit-host-country', answer]));
				expectClean(runCli(['check', answer, 'x']));
			}),
			{ numRuns: 5 },
		);
	});

	it('generate cites no line of an article that holds escape sequences', () => {
		const dir = tempDir();
		const article = path.join(dir, 'hostile.txt');
		writeFileSync(
			article,
			[
				'# Trees \u001B]0;PWNED\u0007',
				'Wangari Maathai of Kenya won the Nobel Peace Prize in 2004 for her work on forests.',
				'She founded the Green Belt Movement \u001B]52;c;aGk=\u0007 in 1977 to plant trees.',
				'The movement planted 30 million trees across Kenya \u009B2J over three decades.',
				'In 2002 Maathai was elected to the Parliament of Kenya with 98 percent of the vote.',
				'She served as assistant minister for the environment in the government of Mwai Kibaki.',
				'Maathai died of ovarian cancer in Nairobi on 25 September 2011, at the age of 71.',
			].join('\n'),
		);
		const bank = path.join(dir, 'hostile.yaml');
		const result = runCli(['generate', article, '-o', bank]);
		expect(result.code).toBe(0);
		expectClean(result);
		const check = runCli(['validate', bank]);
		expect(check.code).toBe(0);
		expectClean(check);
	});
});
