import { describe, expect, it } from 'vitest';
import type { Candidate, QuestionInput } from '../../../src/generate/candidates/candidate.js';
import type { Fact } from '../../../src/generate/facts/facts.js';
import { kindOf, spansSentences } from '../../../src/generate/judge/question-kind.js';
import type { Scored } from '../../../src/generate/judge/score.js';
import { selectQuestions } from '../../../src/generate/judge/select.js';

type Shape = {
	readonly sentence: number;
	readonly question: Partial<QuestionInput> & Pick<QuestionInput, 'type'>;
	readonly answer?: string;
	readonly shownText?: string;
	readonly score?: number;
	readonly key?: string;
};

/** A scored candidate of the given shape, on its own sentence and fact unless told. */
function scored({
	sentence,
	question,
	answer = `answer ${sentence}`,
	shownText,
	score = 0.5,
	key,
}: Shape): Scored {
	const text = shownText ?? `Sentence number ${sentence} says something about ${answer} here.`;
	const fact = {
		kind: 'statement',
		keys: [key ?? `fact@${sentence}`],
		line: sentence + 1,
		sentence: { index: sentence, line: sentence + 1, start: 0, end: text.length, text },
		start: 0,
		end: answer.length,
		text: answer,
	} as Fact;
	const full = {
		id: 'pending',
		prompt: question.prompt ?? `Fill in: ${text}`,
		source: { line: sentence + 1, quote: text },
		tags: [],
		skill: 'recall',
		origin: 'generated',
		answer,
		...question,
	} as QuestionInput;
	const candidate: Candidate = { question: full, fact, answerForms: [answer], shownText: text };
	return { candidate, score, features: {} as Scored['features'] };
}

const idea = (sentence: number, choices: string[], score = 0.9): Scored =>
	scored({
		sentence,
		score,
		key: `main-idea@${sentence}`,
		answer: choices[0] as string,
		question: {
			type: 'choice',
			prompt: `What is the main idea of paragraph ${sentence}?`,
			choices,
			answer: choices[0] as string,
			tags: ['main-idea'],
			skill: 'main-idea',
		},
	});

describe('a bank’s balance of kinds', () => {
	it('counts a question by its understanding tag, else by its type', () => {
		const vocabulary = scored({
			sentence: 1,
			question: { type: 'choice', tags: ['vocabulary'], choices: ['a', 'b'] },
		});
		expect(kindOf(vocabulary.candidate)).toBe('vocabulary');
		expect(
			kindOf(scored({ sentence: 2, question: { type: 'truefalse', answer: false } }).candidate),
		).toBe('truefalse:false');
		expect(
			kindOf(scored({ sentence: 3, question: { type: 'short', tags: ['places'] } }).candidate),
		).toBe('short');
		expect(spansSentences(idea(4, ['x one two three four', 'y', 'z']).candidate)).toBe(true);
		expect(spansSentences(vocabulary.candidate)).toBe(false);
	});

	it('keeps no kind over 40% of the bank while other kinds are left', () => {
		const words = Array.from({ length: 10 }, (_, i) =>
			scored({
				sentence: i,
				score: 0.9,
				question: { type: 'choice', tags: ['vocabulary'], choices: ['a', 'b', 'c'] },
			}),
		);
		const types = ['short', 'numeric', 'choice'] as const;
		const recall = Array.from({ length: 12 }, (_, i) =>
			scored({ sentence: 20 + i, score: 0.4, question: { type: types[i % 3] as 'short' } }),
		);
		const { kept } = selectQuestions([...words, ...recall], 10);
		expect(kept).toHaveLength(10);
		expect(kept.filter(({ candidate }) => kindOf(candidate) === 'vocabulary')).toHaveLength(4);
		// With nothing else left, the kind fills the bank after all.
		expect(selectQuestions(words, 10).kept).toHaveLength(10);
	});

	it('asks a few main ideas at most, however well they score', () => {
		const names = ['harbour', 'tunnel', 'rover', 'summit', 'prize', 'market'];
		const ideas = names.map((name, i) =>
			idea(i * 10, [
				`The ${name} opened after years of delay.`,
				`A ${name} report counted visitors.`,
				`Engineers tested the ${name} twice.`,
			]),
		);
		const recall = Array.from({ length: 20 }, (_, i) =>
			scored({ sentence: 100 + i, question: { type: 'short' } }),
		);
		const { kept, dropped } = selectQuestions([...ideas, ...recall], 10);
		expect(kept.filter(({ candidate }) => kindOf(candidate) === 'main-idea')).toHaveLength(2);
		expect(dropped.filter((item) => item.reason === 'ideas-enough')).toHaveLength(4);
	});

	it('lets a main-idea question and a recall question share a sentence', () => {
		const both = [
			idea(5, ['Solar farms now cover the valley.', 'Wind came later.', 'Hydro was first.']),
			scored({ sentence: 5, question: { type: 'short' } }),
		];
		expect(selectQuestions(both, 5).kept).toHaveLength(2);
		// Two recall questions on one sentence still may not.
		const twice = [
			scored({ sentence: 6, question: { type: 'short' } }),
			scored({ sentence: 6, key: 'other', question: { type: 'short' } }),
		];
		expect(selectQuestions(twice, 5).kept).toHaveLength(1);
	});

	it('never keeps a true/false statement of a sentence a main-idea question shows as an option', () => {
		const option =
			'The King County Metro Council approved the bus tunnel proposal in November 1983.';
		const statement =
			'The King County Metro Council approved the bus tunnel proposal in November 1985, but construction did not begin until March 1987.';
		const both = [
			idea(3, [
				'Planning for the tunnel began in 1974.',
				option,
				'Light rail tracks were installed.',
			]),
			scored({
				sentence: 4,
				shownText: statement,
				question: { type: 'truefalse', answer: false, prompt: `True or false: ${statement}` },
			}),
		];
		const { kept, dropped } = selectQuestions(both, 5);
		expect(kept).toHaveLength(1);
		expect(dropped[0]?.reason).toBe('answers-another');
		// A question that checks understanding is weighed first: the main idea stays even when
		// the statement scored higher, and the statement gives way.
		const reversed = selectQuestions([{ ...both[1], score: 0.95 } as Scored, both[0] as Scored], 5);
		expect(reversed.kept.map(({ candidate }) => kindOf(candidate))).toEqual(['main-idea']);
		expect(reversed.dropped.map(({ reason }) => reason)).toEqual(['answers-another']);
	});

	it('never keeps a blank whose answer a main-idea option shows beside the same words', () => {
		const shownText =
			'Xi visited Kazakhstan, where he unveiled in 2013 his flagship Belt and Road Initiative.';
		const both = [
			idea(1, [
				'Putin praised China’s position on the war.',
				'Xi visited Kazakhstan, where he unveiled his flagship Belt and Road Initiative.',
				'Putin last met Xi in February.',
			]),
			scored({
				sentence: 2,
				answer: 'Kazakhstan',
				shownText: shownText.replace('Kazakhstan', '_____'),
				question: { type: 'short' },
			}),
		];
		expect(selectQuestions(both, 5).kept).toHaveLength(1);
	});

	it('reads an order question’s items as it reads a choice’s options', () => {
		const item = 'The tunnel reopened on September 24, 2007, after two years of work.';
		const order = scored({
			sentence: 1,
			score: 0.9,
			question: {
				type: 'order',
				tags: ['sequence'],
				skill: 'inference',
				prompt: 'Put these events in order.',
				items: ['The tunnel closed for rail work.', item, 'Bus service in the tunnel ended.'],
				answer: ['a', 'b', 'c'],
			},
		});
		const statement = item.replace('2007', '2008');
		const tf = scored({
			sentence: 2,
			shownText: statement,
			question: { type: 'truefalse', answer: false, prompt: `True or false: ${statement}` },
		});
		expect(kindOf(order.candidate)).toBe('sequence');
		expect(selectQuestions([order, tf], 5).kept).toHaveLength(1);
	});

	it('never keeps two multi-sentence questions that offer the same option', () => {
		const shared = 'Bay A was served by three routes heading north toward Northgate.';
		const both = [
			idea(1, [
				'The tunnel is a pair of transit tunnels in Seattle.',
				shared,
				'The roadway was lowered by eight inches.',
			]),
			idea(
				9,
				[
					'The DSTT was served by seven bus routes at four stations.',
					shared,
					'Bus routes were divided into three bays.',
				],
				0.8,
			),
		];
		expect(selectQuestions(both, 5).kept).toHaveLength(1);
	});
});

describe('questions that check understanding', () => {
	it('are weighed before recall: a cause question keeps its sentence from a higher-scored blank', () => {
		const why = scored({
			sentence: 3,
			key: 'cause@3',
			score: 0.6,
			question: { type: 'choice', tags: ['cause'] },
		});
		const blank = scored({
			sentence: 3,
			key: 'figure@3',
			score: 0.9,
			question: { type: 'choice' },
		});
		const { kept, dropped } = selectQuestions([blank, why], 5);
		expect(kept.map(({ candidate }) => kindOf(candidate))).toEqual(['cause']);
		expect(dropped.map(({ reason }) => reason)).toEqual(['same-sentence']);
	});
});
