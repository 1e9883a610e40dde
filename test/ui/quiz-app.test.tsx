import { afterEach, describe, expect, it } from 'vitest';
import type { QuizItem } from '../../src/core/select.js';
import { effectsFlushed, itemOfType, keys, renderQuiz } from './helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function start(items: QuizItem[]) {
	const quiz = renderQuiz(items);
	cleanup = () => quiz.app.unmount();
	return quiz;
}

const choice = itemOfType('choice');
const numberOf = (item: QuizItem, option: string) => String(item.options.indexOf(option) + 1);
const answerOf = (item: QuizItem) => {
	const { question } = item;
	if (question.type !== 'choice') throw new Error('choice expected');
	return question.answer;
};
const wrongOption = (item: QuizItem) =>
	item.options.find((option) => option !== answerOf(item)) as string;

describe('QuizApp', () => {
	it('a right answer shows the verdict, the explanation and the quoted line with the span marked', async () => {
		const quiz = start([choice]);
		await quiz.press('Q 1/1', numberOf(choice, answerOf(choice)));
		await quiz.until('✓ Right');
		expect(quiz.frame()).toContain(`Article, line ${choice.question.source.line}:`);
		expect(quiz.frame()).toMatch(/«[^»]+»/);
		expect(quiz.frame()).toContain('score 1/1');
		await quiz.settled(() => quiz.answers.length === 1);
		expect(quiz.answers[0]?.verdict.correct).toBe(true);
	});

	it('a wrong answer shows the correct one, then the summary lists it as missed', async () => {
		const quiz = start([choice]);
		await quiz.press('Q 1/1', numberOf(choice, wrongOption(choice)));
		await quiz.until('✗ Wrong');
		expect(quiz.frame()).toContain(`Answer: ${answerOf(choice)}`);
		await quiz.press('see results', keys.enter);
		await quiz.until('Quiz complete');
		expect(quiz.frame()).toContain('Score: 0/1 (0%)');
		expect(quiz.frame()).toContain('Missed (1):');
		await quiz.settled(() => quiz.ends.length === 1);
		expect(quiz.ends).toMatchObject([{ reason: 'completed' }]);
	});

	it('arrow keys then Enter in one burst pick the focused option', async () => {
		const quiz = start([choice]);
		await quiz.until('Q 1/1');
		await effectsFlushed();
		// Two key events before React re-renders, as a fast typist or a paste sends them.
		quiz.app.stdin.write(keys.down);
		quiz.app.stdin.write(keys.enter);
		await quiz.until('Your answer:');
		await quiz.settled(() => quiz.answers.length === 1);
		expect(quiz.answers[0]?.given).toBe(choice.options[1]);
		expect(quiz.frame()).toContain('Enter see results');
	});

	it('grades free text typed in the field; q types a q instead of quitting', async () => {
		const short = itemOfType('short');
		const quiz = start([short]);
		await quiz.press('type your answer', 'q');
		await quiz.until('› q');
		quiz.app.stdin.write('\u007F'); // backspace
		const { question } = short;
		const answer = question.type === 'short' ? question.answer : '';
		for (const character of answer) quiz.app.stdin.write(character);
		await quiz.press(answer, keys.enter);
		await quiz.until('✓ Right');
		await quiz.settled(() => quiz.answers[0]?.given === answer);
	});

	it('a numeric answer that is not a number is refused with a reason, not graded', async () => {
		const numeric = itemOfType('numeric');
		const quiz = start([numeric]);
		await quiz.press('type a number', 'lots');
		await quiz.press('lots', keys.enter);
		await quiz.until('Cannot grade that: expected a number');
		expect(quiz.answers).toHaveLength(0);
	});

	it('q quits early, keeps what was answered and shows the summary', async () => {
		const quiz = start([choice, itemOfType('truefalse')]);
		await quiz.press('Q 1/2', numberOf(choice, answerOf(choice)));
		await quiz.press('✓ Right', keys.enter);
		await quiz.press('Q 2/2', 'q');
		await quiz.until('Stopped early');
		expect(quiz.frame()).toContain('answered 1 of 2');
		await quiz.settled(() => quiz.ends.length === 1);
		expect(quiz.answers).toHaveLength(1);
		expect(quiz.ends).toMatchObject([{ reason: 'quit' }]);
	});

	it('Ctrl+C in a text field ends the quiz as interrupted', async () => {
		const quiz = start([itemOfType('short')]);
		await quiz.press('type your answer', keys.ctrlC);
		await quiz.until('Stopped early');
		await quiz.settled(() => quiz.ends.length === 1);
		expect(quiz.ends).toMatchObject([{ reason: 'interrupted' }]);
	});

	it('Esc quits from a text field', async () => {
		const quiz = start([itemOfType('numeric')]);
		await quiz.press('type a number', keys.escape);
		await quiz.until('Stopped early');
		await quiz.settled(() => quiz.ends.length === 1);
		expect(quiz.ends).toMatchObject([{ reason: 'quit' }]);
	});

	it('drives a whole quiz of every answer form to its summary', async () => {
		const trueFalse = itemOfType('truefalse');
		const numeric = itemOfType('numeric');
		const quiz = start([choice, trueFalse, numeric]);
		await quiz.press('Q 1/3', numberOf(choice, answerOf(choice)));
		await quiz.press('✓ Right', keys.enter);
		const wrongTruth = trueFalse.question.answer ? '2' : '1';
		await quiz.press('Q 2/3', wrongTruth);
		await quiz.press('✗ Wrong', ' ');
		const value = numeric.question.type === 'numeric' ? String(numeric.question.answer) : '';
		await quiz.press('Q 3/3', value);
		await quiz.press(value, keys.enter);
		await quiz.press('Enter see results', keys.enter);
		await quiz.until('Quiz complete');
		expect(quiz.frame()).toContain('Score: 2/3 (67%)');
		expect(quiz.frame()).toContain('Missed (1):');
		expect(quiz.frame()).toContain(trueFalse.question.prompt.slice(0, 30));
		await quiz.settled(() => quiz.ends.length === 1);
		expect(quiz.answers.map((answer) => answer.verdict.correct)).toEqual([true, false, true]);
	});
});
