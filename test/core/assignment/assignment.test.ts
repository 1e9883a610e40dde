import { describe, expect, it } from 'vitest';
import { freezeAssignment, unfreezeAssignment } from '../../../src/core/assignment/assignment.js';
import { isAssignmentText } from '../../../src/core/assignment/marker.js';
import { formatAssignment, parseAssignment } from '../../../src/core/assignment/parse.js';
import { selectQuestions } from '../../../src/core/select.js';
import { bundledBankPath } from '../../../src/files/load-bank.js';
import { readText } from '../../../src/files/read-text.js';
import { bundledBank } from '../../ui/helpers.js';

const { questions } = bundledBank().bank;
const frozenText = (seed: string, count = 6) =>
	formatAssignment(freezeAssignment(questions, { bank: 'b', seed, count }));

function parsed(text: string) {
	const result = parseAssignment(text, 'quiz.yaml');
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result;
}

describe('quiz sheets: freeze and unfreeze', () => {
	it('gives back the questions and choice order selectQuestions drew, through the YAML text', () => {
		const optionCounts: number[] = [];
		for (const seed of ['a', 'b', 'homework']) {
			const { assignment, at } = parsed(frozenText(seed));
			const items = unfreezeAssignment(assignment, questions, 'quiz.yaml', at);
			const drawn = selectQuestions(questions, { seed, count: 6 });
			expect(items).toEqual({ ok: true, items: drawn });
			optionCounts.push(...drawn.map((item) => item.options.length));
		}
		// The draws hold multiple choices, whose order the sheet must keep.
		expect(Math.max(...optionCounts)).toBeGreaterThan(2);
	});

	it('keeps the frozen order even when the bank changes its choice order', () => {
		const { assignment, at } = parsed(frozenText('homework'));
		const reordered = questions.map((question) =>
			question.type === 'choice'
				? { ...question, choices: [...question.choices].reverse() }
				: question,
		);
		const result = unfreezeAssignment(assignment, reordered, 'quiz.yaml', at);
		if (!result.ok) throw new Error('expected the sheet to match');
		expect(result.items.map((item) => item.options)).toEqual(
			assignment.assignment.questions.map((question) => question.options ?? []),
		);
	});

	it('names line and column of an unknown id, a repeated one and options that are not the choices', () => {
		const text = frozenText('homework', 10);
		const choice = parsed(text)
			.assignment.assignment.questions.slice(1)
			.find((q) => (q.options?.length ?? 0) > 2);
		const firstOption = choice?.options?.[0] as string;
		const broken = text
			.replace(/- id: [a-z0-9-]+/, '- id: no-such-question')
			.replace(`- ${firstOption}`, '- something else');
		const withRepeat = `${broken}    - id: ${choice?.id}\n      options: ${JSON.stringify(choice?.options)}\n`;
		const { assignment, at } = parsed(withRepeat);
		const result = unfreezeAssignment(assignment, questions, 'quiz.yaml', at);
		if (result.ok) throw new Error('expected issues');
		const lines = withRepeat.split('\n');
		const lineOf = (needle: string) => lines.findIndex((line) => line.includes(needle)) + 1;
		expect(result.issues).toEqual([
			expect.objectContaining({
				line: lineOf('no-such-question'),
				col: 11,
				questionId: 'no-such-question',
				message: 'no such question in the bank "b"',
			}),
			expect.objectContaining({
				line: lineOf('something else'),
				col: 9,
				questionId: choice?.id,
				message: expect.stringMatching(
					/^"options": expected the question's choices in any order: /,
				),
			}),
			expect.objectContaining({
				line: lines.length - 2,
				col: 11,
				questionId: choice?.id,
				message: 'this question is on the sheet twice',
			}),
		]);
	});

	it('points at schema problems: a missing format, an unknown field, no questions', () => {
		const result = parseAssignment(
			'assignment:\n  bank: b\n  seed: s\n  colour: red\n  questions: []\n',
			'q.yaml',
		);
		if (result.ok) throw new Error('expected issues');
		expect(result.issues.map((issue) => `${issue.line}:${issue.col} ${issue.message}`)).toEqual(
			expect.arrayContaining([
				'1:1 "format": expected 1, the quiz sheet format quizline assign writes',
				'4:3 unknown field "colour"',
				expect.stringMatching(/^5:14 "questions": /),
			]),
		);
	});

	it('tells a quiz sheet from a bank by its top-level assignment key', () => {
		expect(isAssignmentText(frozenText('x'))).toBe(true);
		expect(isAssignmentText(readText(bundledBankPath, 1 << 20) as string)).toBe(false);
		expect(isAssignmentText('questions:\n  - assignment: x\n')).toBe(false);
	});
});
