import { describe, expect, it } from 'vitest';
import { type Question, questionSchema } from '../../../src/core/bank/schema.js';
import { gradeAnswer } from '../../../src/core/grade/grade.js';
import { bundledArticle, judgedCandidates } from '../helpers.js';

/** The fill-in the generator writes on `answer` (from any seed), as a bank question. */
function fillIn(text: string, answer: string): Question {
	const found = judgedCandidates(text).find(
		({ candidate }) => candidate.question.type === 'short' && candidate.question.answer === answer,
	);
	if (!found) throw new Error(`no fill-in on ${answer}`);
	return questionSchema.parse(found.candidate.question);
}

describe('keys take every natural form of the answer', () => {
	it.each([
		['Kirby', ['John Kirby', 'kirby']],
		['Shavkat Mirziyoyev', ['Mirziyoyev']],
		['Belt and Road Initiative', ['Belt and Road', 'the Belt and Road initiative']],
		[
			'Chinese Ministry of Foreign Affairs',
			['Chinese Foreign Ministry', 'Ministry of Foreign Affairs', 'Foreign Ministry'],
		],
		['Pacific Ocean', ['Pacific', 'the Pacific']],
		['Shanghai Cooperation Organization', ['Shanghai Cooperation Organisation']],
		['Taipei', ['Taiwan']],
	])('%s', (answer, forms) => {
		const question = fillIn(bundledArticle, answer);
		for (const form of forms)
			expect(gradeAnswer(question, form), form).toMatchObject({ correct: true });
		expect(gradeAnswer(question, 'Moscow')).toMatchObject({ correct: false });
	});

	it('takes a country by its other names: "US" for "United States"', () => {
		const text =
			'Putin condemned the United States for what he said were provocations in the Taiwan Strait during the talks. Officials in India and Pakistan said little.';
		const question = fillIn(text, 'United States');
		for (const form of ['US', 'USA', 'United States of America'])
			expect(gradeAnswer(question, form), form).toMatchObject({ correct: true });
	});

	it('takes an airline by its short name: "American" for "American Airlines"', () => {
		const text =
			'Logan airport serves as a focus city for JetBlue and as a hub for Delta Air Lines, while American Airlines is another major carrier. The regional airline Cape Air and commuter airline PenAir also make Logan their base of operations.';
		const question = fillIn(text, 'American Airlines');
		expect(gradeAnswer(question, 'American')).toMatchObject({ correct: true });
		expect(gradeAnswer(question, 'Delta')).toMatchObject({ correct: false });
	});

	it('takes a date in the other usual order', () => {
		const text =
			'The tunnel reopened on September 24, 2007, and light rail service began two years later in the city.';
		const question = fillIn(text, 'September 24, 2007');
		expect(question.type === 'short' && question.accept).toContain('24 September 2007');
	});

	it('takes a titled name without its title, and links "Dr Maathai" to the full name', () => {
		const text =
			'The 2004 Nobel Peace Prize was awarded to Dr Wangari Maathai from Kenya on Friday. In 1977 Dr Maathai founded the Green Belt Movement, which has planted over 30 million trees.';
		const { candidate } =
			judgedCandidates(text).find(
				({ candidate: each }) =>
					each.question.type === 'short' && String(each.question.answer).includes('Wangari'),
			) ?? {};
		if (!candidate) throw new Error('no fill-in on the laureate');
		const question = questionSchema.parse(candidate.question);
		for (const form of ['Wangari Maathai', 'Dr Maathai', 'Maathai'])
			expect(gradeAnswer(question, form), form).toMatchObject({ correct: true });
	});
});
