// A class session with the bundled bank's order and two-part questions: what students see, how
// their answers are graded, what each reveal says, and the class results.
import { afterEach, describe, expect, it } from 'vitest';
import { resultRows } from '../../src/class/rows.js';
import { itemsFromIds } from '../../src/core/select.js';
import { loadBank } from '../../src/files/load-bank.js';
import type { ClassAction } from '../../src/live/class-state.js';
import { createClassState } from '../../src/live/class-state.js';
import { serverMessageSchema } from '../../src/live/protocol.js';
import { distribution, partBTally } from '../../src/live/scoring.js';
import { meetingItems } from '../core/question-fixture.js';
import { joinAction, run, settings } from './helpers.js';
import { startTestServer } from './socket-helpers.js';

const loaded = loadBank();
if (!loaded.ok) throw new Error('the bundled bank must load');
const classItems = itemsFromIds(
	loaded.bank.questions,
	['order-of-meetings', 'why-putin-cozies-up'],
	'class',
);
const start = () => createClassState(classItems, settings, 0);
const answer = (name: string, index: number, given: string, support?: string): ClassAction => ({
	type: 'answer',
	key: name.toLowerCase(),
	index,
	given,
	...(support === undefined ? {} : { support }),
	at: 1000,
});
const lobby = [
	joinAction('Ann'),
	joinAction('Bob'),
	joinAction('Cy'),
	{ type: 'start', at: 0 } as const,
];
const right =
	'“In Ukraine, his army is not doing well, and I think it certainly behooves the Kremlin to want to cozy up to Beijing …”';

describe('an order question in a class session', () => {
	it('shows the items lettered in bank order, never the answer', () => {
		const { out } = run(lobby, start());
		const question = out.find((outgoing) => outgoing.message.type === 'question')?.message;
		expect(serverMessageSchema.parse(question)).toEqual(question);
		expect(question).toMatchObject({
			question: {
				kind: 'order',
				options: [],
				items: meetingItems,
			},
		});
		expect(JSON.stringify(question)).not.toMatch(/"answer"|c, b, a, d|"source"/);
	});

	it('grades letters by how many stand in place, refuses an order that is not whole', () => {
		const { state, out } = run(
			[
				...lobby,
				answer('Ann', 0, 'c b a d'),
				answer('Bob', 0, 'c,b,d,a'),
				answer('Cy', 0, 'c,c,a,b'),
			],
			start(),
		);
		const refused = out.filter((outgoing) => outgoing.message.type === 'answer-refused');
		expect(refused.map((outgoing) => outgoing.message)).toEqual([
			expect.objectContaining({
				reason: 'invalid',
				message: expect.stringMatching(/^expected the 4 letters a, b, c, d/),
			}),
		]);
		expect(state.answers[0]).toEqual([
			expect.objectContaining({
				key: 'ann',
				given: 'c,b,a,d',
				correct: true,
				inPlace: { right: 4, of: 4 },
			}),
			expect.objectContaining({
				key: 'bob',
				given: 'c,b,d,a',
				correct: false,
				isPartial: true,
				points: 0,
				inPlace: { right: 2, of: 4 },
			}),
		]);
	});

	it("reveals the right order and each student's count in place; the chart counts the class", () => {
		const { state, out } = run(
			[...lobby, answer('Ann', 0, 'cbad'), answer('Bob', 0, 'c,b,d,a'), answer('Cy', 0, 'a,d,c,b')],
			start(),
		);
		const reveals = out.filter((outgoing) => outgoing.message.type === 'reveal');
		expect(reveals.map((outgoing) => outgoing.message)).toEqual([
			expect.objectContaining({ correct: true, inPlace: { right: 4, of: 4 } }),
			expect.objectContaining({ correct: false, inPlace: { right: 2, of: 4 } }),
			expect.objectContaining({ correct: false, inPlace: { right: 0, of: 4 } }),
		]);
		for (const reveal of reveals) serverMessageSchema.parse(reveal.message);
		expect(reveals[0]?.message).toMatchObject({
			expected: 'c, b, a, d',
			rightOrder: [
				'Xi unveils the Belt and Road Initiative',
				'Putin and Xi frame their “no-limits” partnership',
				'Xi meets Kazakh President Tokayev',
				'Putin praises China’s “balanced position” at the summit',
			],
		});
		expect(distribution(classItems[0] as never, state.answers[0] ?? [])).toEqual([
			{ label: 'all 4 in place', count: 1, isCorrect: true },
			{ label: '2 of 4 in place', count: 1, isCorrect: false },
			{ label: 'none of 4 in place', count: 1, isCorrect: false },
		]);
		expect(resultRows(state).map(({ name, result, credit }) => [name, result, credit])).toEqual([
			['Ann', 'right', undefined],
			['Bob', 'partial', 0.5],
			['Cy', 'wrong', undefined],
		]);
	});
});

describe('a two-part question in a class session', () => {
	const toSecond = [
		...lobby,
		answer('Ann', 0, 'cbad'),
		answer('Bob', 0, 'cbad'),
		answer('Cy', 0, 'cbad'),
		{ type: 'next', at: 2 } as const,
		{ type: 'next', at: 3 } as const,
	];

	it("asks part B with part A, its options in the session's order, without the answer", () => {
		const { out } = run(toSecond, start());
		const question = out.filter((outgoing) => outgoing.message.type === 'question').at(-1)?.message;
		expect(question && serverMessageSchema.parse(question)).toEqual(question);
		const shown = question?.type === 'question' ? question.question : undefined;
		expect(shown?.support?.prompt).toBe('Which line of the article supports your answer?');
		expect(shown?.support?.options).toEqual(classItems[1]?.supportOptions);
		expect([...(shown?.support?.options ?? [])].sort()).toEqual(
			[...(classItems[1]?.question.support?.choices ?? [])].sort(),
		);
	});

	it('refuses an answer without part B whatever part A is, so a missing part B tells nothing', () => {
		const { out } = run(
			[
				...toSecond,
				answer('Ann', 1, 'its army is not doing well in Ukraine'),
				answer('Bob', 1, 'Xi was seeking a third term'),
			],
			start(),
		);
		const refused = out.filter((outgoing) => outgoing.message.type === 'answer-refused');
		expect(refused.map((outgoing) => outgoing.message)).toEqual([
			expect.objectContaining({
				reason: 'invalid',
				message: expect.stringMatching(/^part B is missing: expected one of: /),
			}),
			expect.objectContaining({
				reason: 'invalid',
				message: expect.stringMatching(/^part B is missing: /),
			}),
		]);
	});

	it('grades both parts, reveals part B, and counts part B only when part A is right', () => {
		const { state, out } = run(
			[
				...toSecond,
				answer('Ann', 1, 'its army is not doing well in Ukraine', right),
				answer(
					'Bob',
					1,
					'its army is not doing well in Ukraine',
					'“Xi’s trip to Central Asia is a return to the world stage …”',
				),
				answer('Cy', 1, 'Xi was seeking a third term', right),
			],
			start(),
		);
		const locked = out.find(
			(outgoing) => outgoing.message.type === 'locked' && outgoing.message.index === 1,
		);
		expect(locked?.message).toMatchObject({ support: right });
		const reveals = out.filter(
			(outgoing) => outgoing.message.type === 'reveal' && outgoing.message.index === 1,
		);
		expect(reveals.map((outgoing) => outgoing.message)).toEqual([
			expect.objectContaining({
				correct: true,
				support: { expected: right, given: right, correct: true },
			}),
			expect.objectContaining({
				correct: false,
				support: expect.objectContaining({ correct: false }),
			}),
			expect.objectContaining({
				correct: false,
				support: { expected: right, given: right, correct: null },
			}),
		]);
		expect(partBTally(state.answers[1] ?? [])).toEqual({ partA: 2, both: 1 });
		const rows = resultRows(state).filter((row) => row.questionId === 'why-putin-cozies-up');
		expect(rows.map(({ result, support, credit }) => [result, support === right, credit])).toEqual([
			['right', true, undefined],
			['partial', false, 0.5],
			['wrong', true, undefined],
		]);
	});
});

describe('order and two-part questions over 127.0.0.1', () => {
	let harness: Awaited<ReturnType<typeof startTestServer>> | undefined;
	afterEach(async () => {
		await harness?.stop();
		harness = undefined;
	});

	it('a student answers an order and a two-part question; frames hold no answer before the reveal', async () => {
		harness = await startTestServer({}, 60_000, { items: classItems });
		const { session } = harness;
		const ann = await harness.student('Ann');
		session.dispatch({ type: 'start', at: session.now() });
		const asked = await ann.next('question', (m) => m.question.index === 0);
		expect(asked.question.items).toHaveLength(4);
		ann.answer(0, 'c, b, d, a');
		const reveal = await ann.next('reveal', (m) => m.index === 0);
		expect(serverMessageSchema.parse(reveal)).toMatchObject({
			correct: false,
			given: 'c,b,d,a',
			inPlace: { right: 2, of: 4 },
			expected: 'c, b, a, d',
		});
		session.dispatch({ type: 'next', at: session.now() });
		session.dispatch({ type: 'next', at: session.now() });
		const second = await ann.next('question', (m) => m.question.index === 1);
		ann.answer(1, 'its army is not doing well in Ukraine', right);
		const locked = await ann.next('locked', (m) => m.index === 1);
		expect(locked.support).toBe(right);
		const revealB = await ann.next('reveal', (m) => m.index === 1);
		expect(revealB).toMatchObject({ correct: true, support: { given: right, correct: true } });
		// Before each reveal, no frame says the right order or part B's answer.
		const frames = ann.frames.slice(
			0,
			ann.frames.findIndex((frame) => frame.includes('"reveal"')),
		);
		expect(frames.join('\n')).not.toMatch(/c, b, a, d|"rightOrder"|"expected"/);
		expect(JSON.stringify(second)).not.toMatch(/"expected"|"answer"/);
		session.dispatch({ type: 'next', at: session.now() });
		session.dispatch({ type: 'next', at: session.now() });
		await ann.next('ended');
	});
});
