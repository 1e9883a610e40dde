// "Why" questions from real texts: the rules that reject unclear or given-away reasons, and
// the distractors their builder picks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/generate/candidates/candidate.js';
import { reasonPool } from '../../../src/generate/candidates/reason-pool.js';
import { type RuleName, rules } from '../../../src/generate/judge/judge.js';
import { judgedCandidates, readArticle } from '../helpers.js';

const read = (name: string) =>
	readFileSync(new URL(`../../fixtures/real-texts/${name}.txt`, import.meta.url), 'utf8');
const fed = read('business-report');
const tunnel = read('encyclopedia');

const causeCandidates = (text: string) =>
	judgedCandidates(text, ['a']).filter(({ candidate }) => candidate.fact.kind === 'cause');

/** A real cause question with its reason replaced by other words of the same article. */
function withReason(item: ReturnType<typeof causeCandidates>[number], reason: string): Candidate {
	const { candidate } = item;
	return { ...candidate, fact: { ...candidate.fact, text: reason } };
}

describe('cause questions', () => {
	const fedCauses = causeCandidates(fed);
	const decided = fedCauses.find(({ candidate }) =>
		candidate.question.prompt.includes('decide to raise'),
	);

	it('asks why, keys the reason and offers other reasons of the article', () => {
		if (!decided) throw new Error('no question on the rate decision');
		const { question } = decided.candidate;
		expect(question).toMatchObject({
			prompt:
				'According to the article, why did the Committee decide to raise the target range for the federal funds rate to 1/4 to 1/2 percent?',
			answer: 'The economic outlook',
			skill: 'inference',
			tags: ['cause'],
			source: { line: 3, highlight: 'the economic outlook' },
		});
		expect(question.type === 'choice' && question.choices).toEqual(
			expect.arrayContaining([
				'The current shortfall of inflation from 2 percent',
				'Declines in energy prices and in prices of non-energy imports',
			]),
		);
		expect(decided.finding).toBeUndefined();
	});

	it('offers no distractor that restates the effect or shares the key’s words', () => {
		const below = fedCauses.find(({ candidate }) =>
			candidate.question.prompt.includes('run below'),
		);
		const choices =
			below?.candidate.question.type === 'choice' ? below.candidate.question.choices : [];
		// "the current shortfall of inflation from 2 percent" is the effect in other words.
		expect(choices).not.toContain('The current shortfall of inflation from 2 percent');
		expect(choices).toContain('Declines in energy prices and in prices of non-energy imports');
	});

	it('asks, as part B, for the sentence that gives the reason among those of the distractors', () => {
		const monitor = fedCauses.find(({ candidate }) =>
			candidate.question.prompt.includes('carefully monitor'),
		);
		const { question } = monitor?.candidate ?? {};
		if (question?.type !== 'choice' || !question.support) throw new Error('no two-part question');
		const line =
			'In light of the current shortfall of inflation from 2 percent, the Committee will carefully monitor actual and expected progress toward its inflation goal.';
		expect(question.support).toMatchObject({
			prompt: 'Which sentence of the article supports your answer?',
			answer: line,
		});
		// One sentence per option of part A: the key's, and the one each distractor came from.
		expect(question.support.choices).toHaveLength(question.choices.length);
		for (const choice of question.choices.filter((each) => each !== question.answer))
			expect(
				question.support.choices.some((sentence) =>
					sentence.toLowerCase().includes(choice.toLowerCase()),
				),
			).toBe(true);
	});

	it('offers no purpose that the rest of the key’s sentence makes half right', () => {
		const buses = causeCandidates(tunnel).find(({ candidate }) =>
			candidate.question.prompt.includes('hybrid electric buses'),
		);
		if (buses?.candidate.question.type !== 'choice') throw new Error('no question on the buses');
		// "…, as the overhead wire was replaced for light rail trains."
		expect(buses.candidate.question.choices).not.toContain('To prepare for light rail service');
		expect(buses.candidate.question.choices).toContain(
			'To make way for an expansion of the Washington State Convention Center',
		);
	});

	it('writes the subject’s first word in lower case only when it is no name', () => {
		const prompts = [...causeCandidates(tunnel), ...causeCandidates(fed)].map(
			({ candidate }) => candidate.question.prompt,
		);
		expect(prompts).toContain(
			'According to the article, why was Convention Place station closed permanently on July 21, 2018?',
		);
		expect(prompts).toContain(
			'According to the article, why were new hybrid electric buses moved into the tunnel?',
		);
		expect(prompts).toContain(
			"According to the article, why has inflation continued to run below the Committee's 2 percent longer-run objective?",
		);
	});

	it('offers purposes beside a purpose, and none cut from another', () => {
		const stub = causeCandidates(tunnel).find(({ candidate }) =>
			candidate.question.prompt.includes('stub tunnel'),
		);
		if (stub?.candidate.question.type !== 'choice')
			throw new Error('no question on the stub tunnel');
		for (const choice of stub.candidate.question.choices) expect(choice).toMatch(/^To \p{Ll}+ /u);
		expect(stub.candidate.question.choices).not.toContain('To stop and reverse direction');
	});

	it('offers no reason given within two sentences of the key: it is likely a reason for the same change', () => {
		// "To accommodate both buses and Sound Transit's Central Link" stands two sentences before
		// "to replace the Breda fleet": the hybrids came in as part of that change.
		const buses = causeCandidates(tunnel).find(({ candidate }) =>
			candidate.question.prompt.includes('hybrid electric buses'),
		);
		if (buses?.candidate.question.type !== 'choice') throw new Error('no question on the buses');
		expect(buses.candidate.question.choices).not.toContain(
			"To accommodate both buses and Sound Transit's Central Link",
		);
		// Too few fair reasons are left: the question is not asked.
		expect(buses.finding?.rule).toBe('too-few-options');
	});
});

describe('cause rules', () => {
	const { context } = readArticle(fed);
	const below = causeCandidates(fed).find(({ candidate }) =>
		candidate.question.prompt.includes('run below'),
	);
	if (!below) throw new Error('no question on inflation');
	/** Whether the named rule rejects the candidate. */
	const rejects = (name: RuleName, candidate: Candidate) => {
		const check = rules.find(([each]) => each === name)?.[2];
		if (!check) throw new Error(`no rule ${name}`);
		return check(candidate, context(candidate.question.source.line)) !== undefined;
	};

	it('rejects a reason the prompt gives away, and keeps one it does not', () => {
		// The shortfall of inflation from 2 percent is what the prompt asks about.
		expect(
			rejects(
				'cause-given-away',
				withReason(below, 'the current shortfall of inflation from 2 percent'),
			),
		).toBe(true);
		expect(
			rejects(
				'cause-given-away',
				withReason(below, 'declines in energy prices and in prices of non-energy imports'),
			),
		).toBe(false);
	});

	it('rejects a reason whose pronoun the option cannot resolve', () => {
		expect(
			rejects(
				'cause-pronoun',
				withReason(below, 'to keep it warm through the cold Martian nights'),
			),
		).toBe(true);
		expect(
			rejects(
				'cause-pronoun',
				withReason(below, 'to access locations not reachable by ground travel'),
			),
		).toBe(false);
	});

	it('rejects a reason of one content word', () => {
		expect(rejects('cause-too-short', withReason(below, 'to stop'))).toBe(true);
		expect(rejects('cause-too-short', withReason(below, 'the economic outlook'))).toBe(false);
	});
});

it('offers as wrong reasons only what the article gives as reasons, never a statement it makes', () => {
	const { article } = readArticle(read('history'));
	const clauses = reasonPool(article).clause.map((entry) => entry.text);
	// A 20th-century fact offered as the reason for a 19th-century difficulty.
	expect(clauses).not.toContain('The metal became an exchange commodity in the 1970s');
	expect(clauses).toContain(
		'electrolytic baths could not withstand prolonged contact with molten salts',
	);
});
