// The review screen's findings are `quizline lint`'s: the same rules, question by question.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../../src/commands/io.js';
import { lintFindings } from '../../src/commands/review/lint-findings.js';
import { parseArticle } from '../../src/core/article.js';
import { parseBank } from '../../src/core/bank/parse.js';
import type { Bank } from '../../src/core/bank/schema.js';

/** Output the test does not read. */
const io: CommandIo = {
	stdout: { write: () => true },
	stderr: { write: () => true },
	stdin: Readable.from([]),
	env: process.env,
	cwd: process.cwd(),
};
const bankText = readFileSync('questions/putin-xi-sco-2022.yaml', 'utf8');
const article = parseArticle(readFileSync('questions/putin-xi-sco-2022.txt', 'utf8'));

function bankOf(text: string): Bank {
	const parsed = parseBank(text, 'putin-xi.yaml');
	if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
	return parsed.bank;
}

describe('the findings the review shows', () => {
	it('are none for the bundled bank, which lints clean', async () => {
		const bank = bankOf(bankText);
		const findings = await lintFindings(bank, article.text, () => bankText, io);
		for (const question of bank.questions)
			expect(findings(question, bank), question.id).toEqual([]);
	});

	it('name the rule and the fix for a question lint flags ("all of the above")', async () => {
		const flawed = bankText.replace(
			'      - its criticism of Washington\n',
			'      - all of the above\n',
		);
		expect(flawed).not.toBe(bankText);
		const bank = bankOf(flawed);
		const findings = await lintFindings(bank, article.text, () => flawed, io);
		const question = bank.questions.find((each) => each.id === 'putin-praises-balanced-position');
		if (!question) throw new Error('no question putin-praises-balanced-position');
		expect(findings(question, bank)).toEqual([
			expect.objectContaining({ rule: 'above-options', message: expect.stringMatching(/fix:/) }),
		]);
	});
});
