import { answerText } from '../core/grade/grade.js';
import { itemsInOrder } from '../core/grade/grade-order.js';
import { quoteParts } from '../format/quote.js';
import {
	type ClassState,
	connectedCount,
	currentAnswers,
	type Outgoing,
	type Player,
} from './class-state.js';
import { type PublicQuestion, type ServerMessage, versioned } from './protocol.js';
import { standings } from './scoring.js';

/** The current question as students may see it: prompt and options, never the answer. */
export function publicQuestion(state: ClassState, at: number): PublicQuestion {
	const item = state.items[state.index];
	if (!item) throw new RangeError(`No question at index ${state.index}`);
	const { question } = item;
	return {
		index: state.index,
		total: state.items.length,
		prompt: question.prompt,
		kind: question.type,
		options: [...item.options],
		...(question.type === 'order' ? { items: [...question.items] } : {}),
		...(question.support
			? {
					support: {
						prompt: question.support.prompt,
						options: [...(item.supportOptions ?? question.support.choices)],
					},
				}
			: {}),
		...(question.type === 'numeric' && question.unit ? { unit: question.unit } : {}),
		seconds: Math.round(state.settings.timeLimitMs / 1000),
		remainingMs: Math.max(0, state.deadline - at),
	};
}

/** The question message for everyone. */
export function questionMessage(state: ClassState, at: number): ServerMessage {
	return versioned({ type: 'question', question: publicQuestion(state, at) });
}

/** The lobby head count. */
export function lobbyMessage(state: ClassState): ServerMessage {
	return versioned({ type: 'lobby', players: connectedCount(state) });
}

/** The welcome for a player who has just (re)joined. */
export function welcomeMessage(state: ClassState, player: Player, rejoined: boolean) {
	return versioned({
		type: 'welcome',
		name: player.name,
		token: player.token,
		total: state.items.length,
		score: player.score,
		rejoined,
	});
}

/** Each player's reveal: the answer, the quoted line, and only their own answer and score. */
export function revealMessages(state: ClassState): Outgoing[] {
	const item = state.items[state.index];
	if (!item) throw new RangeError(`No question at index ${state.index}`);
	// One pass for the whole class: standings and answers are looked up, not searched per player.
	const rankOf = new Map(standings(state.players).map((entry) => [entry.key, entry.rank]));
	const answerOf = new Map(currentAnswers(state).map((answer) => [answer.key, answer]));
	const { question } = item;
	const common = {
		index: state.index,
		expected: answerText(question),
		...(question.type === 'order' ? { rightOrder: itemsInOrder(question) } : {}),
		...(item.question.explanation ? { explanation: item.question.explanation } : {}),
		quote: quoteParts(item.question),
		players: state.players.length,
	};
	return state.players.map((player) => {
		const own = answerOf.get(player.key);
		return {
			to: 'player',
			key: player.key,
			message: versioned({
				type: 'reveal',
				...common,
				given: own?.given ?? null,
				correct: own?.correct ?? false,
				...(own?.inPlace ? { inPlace: own.inPlace } : {}),
				...(question.support
					? {
							support: {
								expected: question.support.answer,
								given: own?.support?.given ?? null,
								correct: own?.support?.correct ?? null,
							},
						}
					: {}),
				points: own?.points ?? 0,
				score: player.score,
				rank: rankOf.get(player.key) ?? state.players.length,
			}),
		};
	});
}

/** The end: the podium (top three) and the player's own score and rank. */
export function endedMessages(state: ClassState): Outgoing[] {
	const ranked = standings(state.players);
	const podium = ranked.slice(0, 3).map(({ name, score, rank }) => ({ name, score, rank }));
	return ranked.map((entry) => ({
		to: 'player',
		key: entry.key,
		message: versioned({
			type: 'ended',
			reason: state.endReason ?? 'stopped',
			score: entry.score,
			rank: entry.rank,
			players: ranked.length,
			podium,
		}),
	}));
}
