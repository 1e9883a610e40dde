// Evidence questions from a real text: the claim restated, its sentence the key, sentences
// about the same people beside it, and the rule against an option that shows the claim too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/generate/candidates/candidate.js';
import { evidenceAlsoShown } from '../../../src/generate/judge/rules-cause.js';
import { judgedCandidates } from '../helpers.js';

const news = readFileSync(
	new URL('../../fixtures/real-texts/news-report.txt', import.meta.url),
	'utf8',
);

const evidence = judgedCandidates(news, ['a']).filter(
	({ candidate }) => candidate.fact.kind === 'claim',
);
const opposed = evidence.find(({ candidate }) =>
	candidate.question.prompt.includes('opposed Dr Maathai'),
);

describe('evidence questions', () => {
	it('asks for the sentence that shows a restated claim', () => {
		if (!opposed) throw new Error('no evidence question on the opposition');
		const { question } = opposed.candidate;
		expect(question).toMatchObject({
			prompt:
				"Which sentence of the article best shows that the Kenyan government opposed Dr Maathai's project?",
			answer:
				"Dr Maathai's project was opposed by the Kenyan government during Daniel arap Moi's rule…",
			skill: 'inference',
			tags: ['evidence'],
			source: { line: 7, highlight: "Dr Maathai's project was opposed by the Kenyan government" },
		});
		// Only the key repeats the claim's words, so a reader finds it by matching them.
		expect(opposed.finding?.rule).toBe('cue-word');
	});

	it('offers sentences about the same people that do not state it, speech left out', () => {
		const { question } = opposed?.candidate ?? {};
		if (question?.type !== 'choice') throw new Error('not a choice');
		const others = question.choices.filter((choice) => choice !== question.answer);
		expect(others.length).toBeGreaterThanOrEqual(2);
		for (const choice of others) {
			expect(choice).toMatch(/Maathai|government|Kenya/u);
			expect(choice).not.toMatch(/[“”"]/u);
		}
	});
});

describe('evidence-also-shown', () => {
	if (!opposed) throw new Error('no evidence question on the opposition');
	const { candidate, context } = opposed;
	/** The question with its first distractor replaced. */
	const withOption = (option: string): Candidate => {
		const { question } = candidate;
		if (question.type !== 'choice') throw new Error('not a choice');
		const choices = question.choices.map((choice) =>
			choice === question.choices.find((each) => each !== question.answer) ? option : choice,
		);
		return { ...candidate, question: { ...question, choices } };
	};

	it('rejects an option that names the project and the government', () => {
		const quote =
			'“The government thinks that by threatening me and bashing me they can silence me,” Dr Maathai said.';
		expect(evidenceAlsoShown(withOption(quote), context)).toMatch(/both sides/u);
	});

	it('keeps options that name only one side', () => {
		expect(evidenceAlsoShown(candidate, context)).toBeUndefined();
	});
});
