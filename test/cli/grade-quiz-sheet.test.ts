import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempDir } from './helpers/run-cli.js';

type Frozen = { id: string; options?: string[] };

/** A quiz sheet from `assign` in a folder of its own, and its frozen questions. */
function quizSheet(): { dir: string; frozen: Frozen[] } {
	const dir = tempDir();
	const quiz = path.join(dir, 'quiz.yaml');
	const made = runCli(['assign', '--seed', 'letters-1', '--count', '40', '-o', quiz]);
	expect(made.code).toBe(0);
	const frozen = parse(readFileSync(quiz, 'utf8')).assignment.questions as Frozen[];
	return { dir, frozen };
}

/**
 * The first frozen choice question whose shown order differs from the bank's, with the letter of
 * its key as shown and as it stands in the bank.
 */
function reordered(frozen: Frozen[]): { id: string; shown: string; inBank: string } {
	const bank = parse(readFileSync('questions/putin-xi-sco-2022.yaml', 'utf8')) as {
		questions: { id: string; choices?: string[]; answer: unknown }[];
	};
	const letter = (list: string[], answer: unknown) =>
		String.fromCharCode(97 + list.indexOf(answer as string));
	for (const { id, options } of frozen) {
		const question = bank.questions.find((q) => q.id === id);
		if (!options || !question?.choices) continue;
		const shown = letter(options, question.answer);
		const inBank = letter(question.choices, question.answer);
		if (shown !== inBank) return { id, shown, inBank };
	}
	throw new Error('no choice question with its choices in another order on the quiz sheet');
}

describe('grade against a quiz sheet: letters in the order the student was shown', () => {
	it('reads a letter on an answer sheet that names the quiz sheet in its frozen order', () => {
		const { dir, frozen } = quizSheet();
		const { id, shown, inBank } = reordered(frozen);
		const sheet = path.join(dir, 'ana.answers.yaml');
		writeFileSync(sheet, `student: Ana\nbank: quiz.yaml\nanswers:\n  ${id}: ${shown}\n`);
		const right = runCli(['grade', '--json', sheet]);
		expect(right.stderr).toBe('');
		expect(right.code).toBe(0);
		expect(JSON.parse(right.stdout).sheets[0].results[0]).toMatchObject({ id, verdict: 'exact' });

		// The key's letter in the bank's order is another option on this student's sheet.
		writeFileSync(sheet, `student: Ana\nbank: quiz.yaml\nanswers:\n  ${id}: ${inBank}\n`);
		const wrong = runCli(['grade', '--json', sheet]);
		expect(wrong.code).toBe(1);
		expect(JSON.parse(wrong.stdout).sheets[0].results[0]).toMatchObject({ id, verdict: 'wrong' });
	});

	it('takes the quiz sheet as --bank, and --all counts only its questions', () => {
		const { dir, frozen } = quizSheet();
		const { id, shown } = reordered(frozen);
		const sheet = path.join(dir, 'bo.answers.csv');
		writeFileSync(sheet, `id,answer\n${id},${shown}\n`);
		const result = runCli([
			'grade',
			'--json',
			'--all',
			'--bank',
			path.join(dir, 'quiz.yaml'),
			sheet,
		]);
		expect(result.stderr).toBe('');
		const document = JSON.parse(result.stdout);
		expect(document.totals).toEqual({
			sheets: 1,
			questions: frozen.length,
			right: 1,
			wrong: 0,
			missing: frozen.length - 1,
		});
		expect(document.sheets[0].bank).toBe('putin-xi-sco-2022');
	});

	it('reports a quiz sheet that no longer matches its bank by line:col, exit 2', () => {
		const { dir, frozen } = quizSheet();
		const quiz = path.join(dir, 'quiz.yaml');
		const first = frozen[0] as Frozen;
		writeFileSync(
			quiz,
			readFileSync(quiz, 'utf8').replace(`id: ${first.id}`, 'id: no-such-question'),
		);
		const sheet = path.join(dir, 'cy.answers.yaml');
		writeFileSync(sheet, `bank: quiz.yaml\nanswers:\n  ${first.id}: a\n`);
		const result = runCli(['grade', sheet]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/quiz\.yaml:\d+:\d+: question "no-such-question": no such question in the bank/,
		);
	});
});

describe('grade against a quiz sheet: part B in the order the student was shown', () => {
	it('freezes part B of a two-part question and reads its letter against that order', () => {
		const dir = tempDir();
		const quiz = path.join(dir, 'quiz.yaml');
		const made = runCli([
			'assign',
			'--seed',
			'part-b-2',
			'--tags',
			'us-response',
			'-n',
			'40',
			'-o',
			quiz,
		]);
		expect(made.code).toBe(0);
		const frozen = parse(readFileSync(quiz, 'utf8')).assignment.questions as {
			id: string;
			options?: string[];
			support?: string[];
		}[];
		const twoPart = frozen.find((question) => question.id === 'why-putin-cozies-up');
		const right =
			'“In Ukraine, his army is not doing well, and I think it certainly behooves the Kremlin to want to cozy up to Beijing …”';
		expect(twoPart?.support).toHaveLength(4);
		expect([...(twoPart?.support ?? [])].sort()).toContain(right);
		const letterOf = (list: string[] | undefined, text: string) =>
			String.fromCharCode(97 + (list ?? []).indexOf(text));
		const partA = letterOf(twoPart?.options, 'its army is not doing well in Ukraine');
		const partB = letterOf(twoPart?.support, right);
		const sheet = path.join(dir, 'ana.answers.yaml');
		const write = (b: string) =>
			writeFileSync(
				sheet,
				`student: Ana\nbank: quiz.yaml\nanswers:\n  why-putin-cozies-up: { answer: ${partA}, support: ${b} }\n`,
			);
		write(partB);
		const graded = runCli(['grade', '--json', sheet]);
		expect(graded.stderr).toBe('');
		expect(JSON.parse(graded.stdout).sheets[0].results[0]).toMatchObject({
			verdict: 'exact',
			support: { given: partB, correct: true },
		});
		expect(graded.code).toBe(0);
		const other = partB === 'a' ? 'b' : 'a';
		write(other);
		const wrong = runCli(['grade', sheet]);
		expect(wrong.code).toBe(1);
		expect(wrong.stdout).toContain(`~ why-putin-cozies-up: ${partA} · part B: ${other}`);
		expect(wrong.stdout).toContain('Part A right; part B wrong');
	});

	it("refuses a quiz sheet whose part B choices are not the question's, at line:col, exit 2", () => {
		const dir = tempDir();
		const quiz = path.join(dir, 'quiz.yaml');
		expect(
			runCli(['assign', '--seed', 's', '--tags', 'us-response', '-n', '40', '-o', quiz]).code,
		).toBe(0);
		const text = readFileSync(quiz, 'utf8').replace(
			'“Xi’s trip to Central Asia is a return to the world stage …”',
			'a line never in the article',
		);
		writeFileSync(quiz, text);
		const sheet = path.join(dir, 'bo.answers.yaml');
		writeFileSync(sheet, 'student: Bo\nbank: quiz.yaml\nanswers:\n  why-putin-cozies-up: a\n');
		const result = runCli(['grade', sheet]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/quiz\.yaml:\d+:\d+: question "why-putin-cozies-up": "support": expected part B's choices in any order/,
		);
	});
});
