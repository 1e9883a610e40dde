import { everyoneAnswered } from './class-answer.js';
import { lobbyMessage, questionMessage, revealMessages, welcomeMessage } from './class-messages.js';
import type { ClassAction, ClassState, ClassStep, Outgoing, Player } from './class-state.js';
import { checkName, normalizeCode } from './identity.js';
import { afterHeldBack, afterWrongCode, type JoinHold, joinHold } from './join-guard.js';
import { protocolVersion, type RefusalReason, versioned } from './protocol.js';

type JoinAction = Extract<ClassAction, { type: 'join' }>;

/**
 * A student joins, or rejoins with their token and keeps their score. Wrong codes count
 * against the address and the session (see join-guard); while either is held, a join is refused
 * unread unless it is a rejoin with the right code and token, and the refusal does not say which
 * part was wrong.
 */
export function join(state: ClassState, action: JoinAction): ClassStep {
	const refuse = (reason: RefusalReason, message: string, next = state): ClassStep => ({
		state: next,
		out: [{ to: 'sender', message: versioned({ type: 'refused', reason, message }) }],
	});
	if (action.v !== protocolVersion) {
		return refuse(
			'version',
			`this session speaks protocol ${protocolVersion}, your quizline speaks ${action.v}: install the teacher's version`,
		);
	}
	const isRightCode = sameSecret(state.settings.code, normalizeCode(action.code));
	const checked = checkName(action.name);
	const existing = checked.ok
		? state.players.find((player) => player.key === checked.key)
		: undefined;
	const isRejoin = existing !== undefined && sameSecret(existing.token, action.token);
	const hold = joinHold(state.guard, action.from, action.at);
	if (hold && !(isRightCode && isRejoin)) {
		const guard = afterHeldBack(state.guard);
		return refuse('too-many-tries', holdMessage(hold), { ...state, guard });
	}
	if (!isRightCode) {
		const guard = afterWrongCode(state.guard, action.from, action.at);
		const message = "wrong join code: check the code on the teacher's screen";
		return refuse('wrong-code', message, { ...state, guard });
	}
	if (state.phase === 'ended') return refuse('session-over', 'this session has ended');
	if (!checked.ok) return refuse('bad-name', `cannot use that name: ${checked.message}`);
	if (existing && !isRejoin) {
		return refuse(
			'name-taken',
			`the name "${existing.name}" is already taken in this session: choose another, or rejoin with the token shown on your screen`,
		);
	}
	const player: Player = existing
		? { ...existing, isConnected: true }
		: { name: checked.name, key: checked.key, token: action.newToken, isConnected: true, score: 0 };
	const players = existing
		? state.players.map((candidate) => (candidate === existing ? player : candidate))
		: [...state.players, player];
	const next: ClassState = { ...state, players };
	const out: Outgoing[] = [
		{ to: 'sender', message: welcomeMessage(next, player, existing !== undefined) },
		...catchUp(next, player, action.at),
	];
	return { state: next, out, joined: player.key };
}

/**
 * A connection closed: the player stays in the session, away until they rejoin. If everyone
 * still connected has answered the open question, it is revealed now, not at the deadline.
 */
export function disconnect(
	state: ClassState,
	key: string,
	at: number,
	reveal: (state: ClassState, at: number) => ClassStep,
): ClassStep {
	const player = state.players.find((candidate) => candidate.key === key);
	if (!player?.isConnected) return { state, out: [] };
	const next: ClassState = {
		...state,
		players: state.players.map((candidate) =>
			candidate === player ? { ...player, isConnected: false } : candidate,
		),
	};
	if (next.phase === 'question' && everyoneAnswered(next)) return reveal(next, at);
	return { state: next, out: next.phase === 'lobby' ? [lobbyUpdate(next)] : [] };
}

/** What a (re)joining player must see to be where the class is. */
function catchUp(state: ClassState, player: Player, at: number): Outgoing[] {
	switch (state.phase) {
		case 'lobby':
			return [lobbyUpdate(state)];
		case 'question': {
			const own = state.answers[state.index]?.find((answer) => answer.key === player.key);
			const question: Outgoing = { to: 'sender', message: questionMessage(state, at) };
			if (!own) return [question];
			const locked = versioned({ type: 'locked', index: state.index, given: own.given });
			return [question, { to: 'sender', message: locked }];
		}
		case 'reveal':
		case 'standings': {
			const own = revealMessages(state).find(
				(entry) => entry.to === 'player' && entry.key === player.key,
			);
			return own ? [{ to: 'sender', message: own.message }] : [];
		}
		case 'ended':
			return [];
	}
}

function lobbyUpdate(state: ClassState): Outgoing {
	return { to: 'players', message: lobbyMessage(state) };
}

function holdMessage({ ms, scope }: JoinHold): string {
	const where = scope === 'address' ? 'from your address' : 'in this session';
	return `too many wrong join codes ${where}: try again in ${Math.ceil(ms / 1000)} s`;
}

/** Compares a code or token in time independent of where they differ. */
function sameSecret(expected: string, given: string | undefined): boolean {
	if (given === undefined || given.length !== expected.length) return false;
	let difference = 0;
	for (let i = 0; i < expected.length; i++) {
		difference |= expected.charCodeAt(i) ^ given.charCodeAt(i);
	}
	return difference === 0;
}
