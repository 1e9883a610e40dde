import type { Question } from '../../src/core/bank/schema.js';
import { selectQuestions } from '../../src/core/select.js';
import { classReducer } from '../../src/live/class-reducer.js';
import {
	type ClassAction,
	type ClassSettings,
	createClassState,
	type Outgoing,
} from '../../src/live/class-state.js';
import { protocolVersion } from '../../src/live/protocol.js';

const common = {
	source: { line: 15, quote: 'trade exceeded $140 billion last year.' },
	tags: [],
	skill: 'recall' as const,
	origin: 'curated' as const,
};

/** One question of each type; the answers are easy to spot in frames. */
export const questions: Question[] = [
	{
		...common,
		id: 'trade-choice',
		type: 'choice',
		prompt: 'What did trade exceed?',
		choices: ['$40 billion', '$100 billion', '$140 billion', '$200 billion'],
		answer: '$140 billion',
		explanation: 'Putin gave the figure.',
	},
	{
		...common,
		id: 'trade-true',
		type: 'truefalse',
		prompt: 'Trade exceeded $140 billion.',
		answer: true,
	},
	{
		...common,
		id: 'trade-short',
		type: 'short',
		prompt: 'Which word describes the trade?',
		answer: 'bilateral',
		source: { line: 15, quote: 'noting bilateral trade' },
		accept: ['two-way'],
		allowNearMiss: false,
	},
	{
		...common,
		id: 'trade-number',
		type: 'numeric',
		prompt: 'How far apart are the capitals, in km?',
		answer: 5_797,
		source: { line: 2, quote: 'The capitals are 5,797 km apart.' },
		tolerance: 0,
		unit: 'km',
	},
];

/** The four questions in bank order (seeded choice order). */
export const items = selectQuestions(questions, { seed: 'live' }).sort(
	(a, b) => questions.indexOf(a.question) - questions.indexOf(b.question),
);

/** Settings for a live session with join code ABCDE and a 20-second limit. */
export const settings: ClassSettings = {
	code: 'ABCDE',
	timeLimitMs: 20_000,
	speedBonus: false,
	isLocal: false,
};

/** A join action with sensible defaults. */
export function joinAction(
	name: string,
	extra: Partial<Extract<ClassAction, { type: 'join' }>> = {},
) {
	return {
		type: 'join' as const,
		v: protocolVersion,
		code: 'ABCDE',
		name,
		newToken: `token-${name.toLowerCase()}`,
		from: '127.0.0.1',
		at: 0,
		...extra,
	};
}

/** Applies actions in turn, keeping every step's messages. */
export function run(actions: readonly ClassAction[], state = createClassState(items, settings, 0)) {
	const out: Outgoing[] = [];
	for (const action of actions) {
		const step = classReducer(state, action);
		state = step.state;
		out.push(...step.out);
	}
	return { state, out };
}

/** The message types in a list of outgoing messages, e.g. ['welcome', 'lobby']. */
export function types(out: readonly Outgoing[]): string[] {
	return out.map((outgoing) => outgoing.message.type);
}
