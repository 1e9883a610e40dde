import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../../src/core/bank/schema.js';
import { gradeAnswer } from '../../../src/core/grade/grade.js';
import { judgedCandidates } from '../helpers.js';

const opening = [
	'Operations',
	'The DSTT is open for 20 hours on weekdays and Saturdays, from 5:00 am to 1:00 am the following day, and for 18 hours on Sundays, from 6:00 am to midnight.',
].join('\n');

describe('comparison questions', () => {
	const comparisons = judgedCandidates(opening, ['a']).filter(
		({ candidate }) => candidate.fact.kind === 'comparison',
	);

	it('asks for the difference, naming both sides, with the working', () => {
		expect(comparisons).toHaveLength(1);
		const [{ candidate, finding }] = comparisons as [(typeof comparisons)[number]];
		expect(finding).toBeUndefined();
		const question = questionSchema.parse({ ...candidate.question, id: 'compare' });
		expect(question).toMatchObject({
			type: 'numeric',
			prompt:
				'According to the article, the DSTT is open for how many more hours on weekdays and Saturdays than on Sundays?',
			answer: 2,
			unit: 'hours',
			tags: ['comparison', 'numbers'],
			skill: 'inference',
			explanation:
				'Line 2 gives 20 hours on weekdays and Saturdays and 18 hours on Sundays: 20 − 18 = 2 hours.',
		});
		expect(question.prompt).not.toMatch(/\d/);
		expect(gradeAnswer(question, '2')).toMatchObject({ kind: 'exact' });
		expect(gradeAnswer(question, '20')).toMatchObject({ kind: 'wrong' });
	});
});
