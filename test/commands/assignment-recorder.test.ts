import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createAssignmentRecorder } from '../../src/commands/play/assignment-controller.js';
import { gradeAnswer } from '../../src/core/grade/grade.js';
import { itemsFromIds } from '../../src/core/select.js';
import type { AnsweredItem } from '../../src/core/session.js';
import { type AnswersContent, formatAnswersSheet } from '../../src/files/answers-file.js';
import type { BegunSession } from '../../src/ui/app-state.js';
import { bundledBank } from '../ui/helpers.js';

const { questions } = bundledBank().bank;
const items = itemsFromIds(questions, ['why-putin-cozies-up', 'order-of-meetings'], 's');

function answered(index: number, given: string, support?: string): AnsweredItem {
	const item = items[index];
	if (!item) throw new Error('no such item');
	const verdict = gradeAnswer(item.question, given, support);
	if (verdict.kind === 'invalid') throw new Error(verdict.message);
	return {
		item,
		given,
		...(support === undefined ? {} : { supportGiven: support }),
		verdict,
		ms: 1,
		hinted: false,
	};
}

describe('the quiz sheet recorder', () => {
	it('writes a two-part question’s part B beside part A, as grade reads it', () => {
		const saved: AnswersContent[] = [];
		const recorder = createAssignmentRecorder({
			items,
			student: 'Ana',
			bank: 'quiz.yaml',
			attempts: 1,
			onSave: (content) => saved.push(content),
		});
		const twoPart = questions.find((question) => question.id === 'why-putin-cozies-up');
		const partB = twoPart?.support?.answer ?? '';
		const quiz = {} as BegunSession;
		recorder.answer(answered(0, 'its army is not doing well in Ukraine', partB), quiz);
		recorder.answer(answered(1, 'c, b, d, a'), quiz);
		const last = saved.at(-1);
		expect(last?.answers).toEqual([
			{ id: 'why-putin-cozies-up', given: 'its army is not doing well in Ukraine', support: partB },
			{ id: 'order-of-meetings', given: 'c, b, d, a' },
		]);
		const sheet = parse(formatAnswersSheet(last as AnswersContent));
		expect(sheet.answers['why-putin-cozies-up']).toEqual({
			answer: 'its army is not doing well in Ukraine',
			support: partB,
		});
	});
});
