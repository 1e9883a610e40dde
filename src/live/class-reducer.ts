import { answer } from './class-answer.js';
import { disconnect, join } from './class-join.js';
import { endedMessages, questionMessage, revealMessages } from './class-messages.js';
import type { ClassAction, ClassState, ClassStep } from './class-state.js';
import { afterFlood } from './join-guard.js';

/**
 * The pure transition function of a class session: the server feeds it what students send,
 * the host screen what the teacher presses and the clock when time is up. It returns the new
 * state and the messages to send, so every rule is tested without a socket.
 */
export function classReducer(state: ClassState, action: ClassAction): ClassStep {
	switch (action.type) {
		case 'join':
			return join(state, action);
		case 'disconnect':
			return disconnect(state, action.key, action.at, reveal);
		case 'answer':
			return answer(state, action, reveal);
		case 'start':
			return state.phase === 'lobby' ? ask(state, 0, action.at) : unchanged(state);
		case 'reveal':
			return reveal(state, action.at);
		case 'time-up':
			return action.index === state.index ? reveal(state, action.at) : unchanged(state);
		case 'next':
			return next(state, action.at);
		case 'end':
			return end(state, action.at);
		case 'class-size':
			return Number.isInteger(action.size) && action.size >= 0
				? unchanged({ ...state, classSize: action.size })
				: unchanged(state);
		case 'tally':
			return tally(state, action.index, action.right);
		case 'flooded': {
			const name = state.players.find((player) => player.key === action.key)?.name;
			return unchanged({ ...state, guard: afterFlood(state.guard, name) });
		}
	}
}

function unchanged(state: ClassState): ClassStep {
	return { state, out: [] };
}

function ask(state: ClassState, index: number, at: number): ClassStep {
	if (index >= state.items.length) return end(state, at);
	const next: ClassState = {
		...state,
		phase: 'question',
		index,
		askedAt: at,
		deadline: at + state.settings.timeLimitMs,
		answers: [...state.answers.slice(0, index), []],
	};
	return { state: next, out: [{ to: 'players', message: questionMessage(next, at) }] };
}

/** Closes the question: points go into the scores and each student gets their own reveal. */
function reveal(state: ClassState, _at: number): ClassStep {
	if (state.phase !== 'question') return unchanged(state);
	const earned = new Map((state.answers[state.index] ?? []).map((given) => [given.key, given]));
	const next: ClassState = {
		...state,
		phase: 'reveal',
		revealed: state.index + 1,
		players: state.players.map((player) => {
			const points = earned.get(player.key)?.points ?? 0;
			return points > 0 ? { ...player, score: player.score + points } : player;
		}),
	};
	return { state: next, out: revealMessages(next) };
}

function next(state: ClassState, at: number): ClassStep {
	if (state.phase === 'reveal') {
		// Projector mode has no players to rank: straight on to the next question.
		if (state.settings.isLocal) return ask(state, state.index + 1, at);
		return unchanged({ ...state, phase: 'standings' });
	}
	if (state.phase === 'standings') return ask(state, state.index + 1, at);
	return unchanged(state);
}

function end(state: ClassState, at: number): ClassStep {
	if (state.phase === 'ended') return unchanged(state);
	const isComplete = state.revealed === state.items.length && state.items.length > 0;
	const next: ClassState = {
		...state,
		phase: 'ended',
		endedAt: at,
		endReason: isComplete ? 'completed' : 'stopped',
	};
	return { state: next, out: endedMessages(next), ended: true };
}

/** Projector mode: the teacher's count of right answers for a revealed question. */
function tally(state: ClassState, index: number, right: number): ClassStep {
	const isValid =
		Number.isInteger(right) &&
		right >= 0 &&
		index >= 0 &&
		index < state.revealed &&
		(state.classSize === null || right <= state.classSize);
	if (!isValid) return unchanged(state);
	const tallies = Array.from({ length: state.revealed }, (_, i) => state.tallies[i] ?? null);
	tallies[index] = right;
	return unchanged({ ...state, tallies });
}
