// The cue-word rule on real prompts: a key that alone shares the prompt's words gives itself away.
import { describe, expect, it } from 'vitest';
import type { Candidate, QuestionInput } from '../../../src/generate/candidates/candidate.js';
import type { RuleContext } from '../../../src/generate/judge/rules.js';
import { cueWord } from '../../../src/generate/judge/rules-giveaway.js';

const choice = (prompt: string, answer: string, others: string[]): Candidate =>
	({
		question: {
			id: 'q',
			type: 'choice',
			prompt,
			choices: [answer, ...others],
			answer,
			source: { line: 1, quote: prompt },
		} satisfies QuestionInput,
	}) as unknown as Candidate;

const judge = (candidate: Candidate) => cueWord(candidate, {} as RuleContext);

describe('the cue-word rule', () => {
	it('rejects a key that alone repeats a word of the prompt (encyclopedia, line 5)', () => {
		const candidate = choice(
			'According to the article, why was Convention Place station closed permanently on July 21, 2018?',
			'To make way for the expansion of the Washington State Convention Center',
			['To allow light rail trains to share the tunnel', 'To replace the Breda fleet'],
		);
		expect(judge(candidate)).toBe('only the key shares the prompt\u2019s “convention”');
	});

	it('rejects the sentence that alone restates the claim (news report, line 7)', () => {
		const candidate = choice(
			'Which sentence of the article best shows that the Kenyan government opposed Dr Maathai’s project?',
			'Dr Maathai’s project was opposed by the Kenyan government.',
			['She founded the Green Belt Movement in 1977.', 'The prize was awarded in Oslo.'],
		);
		expect(judge(candidate)).toMatch(/^only the key shares the prompt’s .*“kenyan”/);
	});

	it('passes options that share the prompt’s words as much as the key does', () => {
		const candidate = choice(
			'According to the article, why did the Committee decide to raise the target range for the federal funds rate?',
			'The economic outlook',
			['The current shortfall of inflation', 'Declines in energy prices'],
		);
		expect(judge(candidate)).toBeUndefined();
		const even = choice('What did the Committee raise in December?', 'the target range', [
			'the target inflation',
			'the discount window',
		]);
		expect(judge(even)).toBeUndefined();
	});

	it('leaves questions that are not choices alone', () => {
		const short = {
			question: {
				type: 'short',
				prompt: 'Who founded the Convention Center?',
				answer: 'Convention',
			},
		} as unknown as Candidate;
		expect(judge(short)).toBeUndefined();
	});
});

describe('the cue-word rule on a vocabulary question', () => {
	const sentence =
		'A range of recent labor market indicators, including ongoing job gains and declining unemployment, shows further improvement and confirms that underutilization of labor resources has diminished appreciably since early this year.';
	const at = sentence.indexOf('diminished');
	const vocabulary = (answer: string, others: string[]) =>
		({
			...choice(`What does “diminished” mean as it is used here? ${sentence}`, answer, others),
			fact: {
				kind: 'vocabulary',
				sentence: { index: 0, line: 1, start: 0, end: sentence.length, text: sentence },
				start: at,
				end: at + 'diminished'.length,
			},
		}) as unknown as Candidate;

	it('weighs only the words around the asked word: "a range of …" far before it cues nothing', () => {
		const candidate = vocabulary('decrease in size, extent, or range', [
			'become bigger or greater in amount',
			'stop operating or functioning',
		]);
		expect(judge(candidate)).toBeUndefined();
	});

	it('still rejects a key that repeats a word next to the asked one ("labor resources")', () => {
		const candidate = vocabulary('lessen the labor resources of', [
			'become bigger or greater in amount',
			'stop operating or functioning',
		]);
		expect(judge(candidate)).toMatch(/only the key shares/);
	});
});
