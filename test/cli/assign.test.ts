import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseClassCsv } from '../../src/class/results-csv.js';
import { parseAssignment } from '../../src/core/assignment/parse.js';
import { answerText } from '../../src/core/grade/grade.js';
import { formatAnswersSheet } from '../../src/files/answers-file.js';
import { bundledBank } from '../ui/helpers.js';
import { runCli, tempDir } from './helpers/run-cli.js';

const { questions } = bundledBank().bank;
const byId = new Map(questions.map((question) => [question.id, question]));
const wrongAnswer = (id: string) => {
	const question = byId.get(id);
	if (question?.type === 'choice')
		return question.choices.find((c) => c !== answerText(question)) ?? '';
	if (question?.type === 'truefalse') return question.answer ? 'False' : 'True';
	return question?.type === 'numeric' ? '999999' : 'no idea';
};

describe('quizline assign → answer sheets → grade --report (built CLI)', () => {
	it('freezes a quiz, and grades three students into the class CSV and report', () => {
		const dir = tempDir();
		const made = runCli(['assign', '-n', '5', '--seed', 'class-7b', '-o', 'quiz.yaml'], {
			cwd: dir,
		});
		expect(made).toMatchObject({ code: 0, stderr: '' });
		expect(made.stdout).toContain(
			'Wrote quiz.yaml: 5 questions from putin-xi-sco-2022 (seed class-7b)',
		);
		const text = readFileSync(path.join(dir, 'quiz.yaml'), 'utf8');
		const quiz = parseAssignment(text, 'quiz.yaml');
		if (!quiz.ok) throw new Error('assign wrote a sheet that does not parse');
		expect(quiz.assignment.assignment.bank).toBe('putin-xi-sco-2022');
		const ids = quiz.assignment.assignment.questions.map((question) => question.id);
		expect(ids).toHaveLength(5);
		// The same seed freezes the same sheet; an existing file is kept without --force.
		expect(runCli(['assign', '-n', '5', '--seed', 'class-7b'], { cwd: dir }).stdout).toBe(text);
		const again = runCli(['assign', '--seed', 'other', '-o', 'quiz.yaml'], { cwd: dir });
		expect(again.code).toBe(2);
		expect(again.stderr).toBe(
			'quiz.yaml: cannot write the quiz sheet: it exists (add --force to replace it)\n',
		);
		expect(readFileSync(path.join(dir, 'quiz.yaml'), 'utf8')).toBe(text);

		// Ana: all right. Bo: the first two wrong. Cy: the first wrong, the last two blank.
		const students: [string, (id: string, index: number) => string | null][] = [
			['Ana', (id) => answerText(byId.get(id) as never)],
			['Bo', (id, i) => (i < 2 ? wrongAnswer(id) : answerText(byId.get(id) as never))],
			[
				'Cy',
				(id, i) => (i === 0 ? wrongAnswer(id) : i >= 3 ? null : answerText(byId.get(id) as never)),
			],
		];
		for (const [name, answerOf] of students) {
			const answers = ids.map((id, index) => ({ id, given: answerOf(id, index) }));
			const sheet = formatAnswersSheet({ student: name, bank: 'putin-xi-sco-2022', answers });
			writeFileSync(path.join(dir, `${name.toLowerCase()}.answers.yaml`), sheet);
		}
		const graded = runCli(
			['grade', 'ana.answers.yaml', 'bo.answers.yaml', 'cy.answers.yaml', '--report', 'class.csv'],
			{ cwd: dir },
		);
		expect(graded.stderr).toBe('');
		expect(graded.code).toBe(1);
		const csv = parseClassCsv(readFileSync(path.join(dir, 'class.csv'), 'utf8'), 'class.csv');
		if (!csv.ok || csv.kind !== 'results') throw new Error('class.csv is not a results file');
		expect(csv.rows).toHaveLength(15);
		const resultOf = (name: string, id: string) =>
			csv.rows.find((row) => row.name === name && row.questionId === id);
		const [first = '', , , , last = ''] = ids;
		expect(resultOf('Ana', first)).toMatchObject({ result: 'right', seconds: null });
		expect(resultOf('Bo', first)).toMatchObject({ result: 'wrong', answer: wrongAnswer(first) });
		expect(resultOf('Cy', last)).toMatchObject({ result: 'unanswered', answer: '' });
		expect(csv.rows.filter((row) => row.result === 'right')).toHaveLength(5 + 3 + 2);
		expect(graded.stdout).toContain('Class report: 3 students, 5 questions');
		// The report names each question by its prompt, cut to 40 characters, beside its id.
		const prompt = byId.get(first)?.prompt ?? '';
		const shownPrompt = prompt.length <= 40 ? prompt : `${prompt.slice(0, 39)}…`;
		expect(graded.stdout).toMatch(
			new RegExp(
				`${first}\\s+${escapeRegExp(shownPrompt)}\\s+1/3\\s+33%\\s+\\S+\\s+${escapeRegExp(wrongAnswer(first))} \\(2\\)`,
			),
		);
		expect(graded.stdout).toMatch(/Ana\s+5\/5\n\s+Bo\s+3\/5\n\s+Cy\s+2\/5/);
		expect(graded.stdout).toContain('Class results: class.csv');
		// `quizline report` prints the same report from the CSV later.
		const later = runCli(['report', 'class.csv'], { cwd: dir });
		expect(graded.stdout).toContain(later.stdout.trimEnd());
	});

	it('names the bank relative to the quiz sheet, and play checks the sheet before it needs a terminal', () => {
		const dir = tempDir();
		const bundled = bundledBank();
		mkdirSync(path.join(dir, 'bank'));
		mkdirSync(path.join(dir, 'class'));
		cpSync(path.resolve('questions'), path.join(dir, 'bank'), { recursive: true });
		const bankFile = path.join('bank', path.basename(bundled.file));
		expect(
			runCli(['assign', bankFile, '-n', '3', '--seed', 'x', '-o', 'class/quiz.yaml'], { cwd: dir })
				.code,
		).toBe(0);
		const quiz = parse(readFileSync(path.join(dir, 'class', 'quiz.yaml'), 'utf8'));
		expect(quiz.assignment.bank).toBe(`../${bankFile}`);
		const play = (args: string[]) => runCli(['play', 'class/quiz.yaml', ...args], { cwd: dir });
		const noName = play([]);
		expect(noName).toMatchObject({
			code: 2,
			stderr: 'class/quiz.yaml is a quiz sheet: give your name with --name NAME\n',
		});
		expect(play(['--name', 'Ana']).stderr).toContain('quizline play needs an interactive terminal');
		const fromClass = runCli(['play', 'quiz.yaml', '--name', 'Ana'], {
			cwd: path.join(dir, 'class'),
			env: {},
		});
		// From the sheet's own folder the bank is found the same: only the terminal is missing.
		expect(fromClass.stderr).toContain('quizline play needs an interactive terminal');
		// Another student's answers are never replaced without --force.
		writeFileSync(path.join(dir, 'bo.answers.yaml'), 'student: Bo\nanswers:\n  x: 1\n');
		const taken = play(['--name', 'Ana', '--out', 'bo.answers.yaml']);
		expect(taken).toMatchObject({ code: 2 });
		expect(taken.stderr).toBe(
			'bo.answers.yaml already holds the answers of "Bo": choose another --out, or add --force to replace it\n',
		);
		// A sheet that does not match its bank: line:col, question id, exit 2.
		const broken = readFileSync(path.join(dir, 'class', 'quiz.yaml'), 'utf8').replace(
			`- id: ${quiz.assignment.questions[1].id}`,
			'- id: not-in-bank',
		);
		writeFileSync(path.join(dir, 'class', 'quiz.yaml'), broken);
		const bad = play(['--name', 'Ana']);
		const line = broken.split('\n').findIndex((l) => l.includes('not-in-bank')) + 1;
		expect(bad).toMatchObject({
			code: 2,
			stderr: `class/quiz.yaml:${line}:11: question "not-in-bank": no such question in the bank "../${bankFile}"\n`,
		});
		expect(existsSync(path.join(dir, 'Ana.answers.yaml'))).toBe(false);
	});

	it('--name without a quiz sheet is bad input', () => {
		const result = runCli(['play', '--name', 'Ana', '--force']);
		expect(result).toMatchObject({
			code: 2,
			stderr: '--name, --force: only for a quiz sheet written by quizline assign\n',
		});
	});
});

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
