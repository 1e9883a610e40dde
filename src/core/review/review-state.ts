// Review: the screen's decisions as a pure step, `(state, action) → { state, effects }`. The
// bank is written by whoever carries out the effects; what they report comes back as actions.
import type { FieldPath } from './bank-text.js';
import { updatedQueue } from './review-queue.js';

/** What the reviewer decided for a question. */
export type Decision = 'approved' | 'rejected' | 'edited' | 'skipped';

/** A change to the bank's text a decision (or its undo) makes. */
export type BankChange =
	| { readonly kind: 'approve' | 'reject'; readonly id: string }
	| { readonly kind: 'set'; readonly id: string; readonly field: FieldPath; readonly value: string }
	| { readonly kind: 'revert'; readonly entry: UndoEntry };

/**
 * How to take a decision back: the bank's text before and after it. Undo goes last decision
 * first and the list is cleared when the file changes on disk, so the bank reads `after` when
 * its decision is undone, and `before` is every byte as it was.
 */
export type Revert = {
	readonly before: string;
	readonly after: string;
	/** The question's id after the decision (an edit may change it). */
	readonly idAfter: string;
};

/** One decision that can be undone. */
export type UndoEntry = {
	readonly id: string;
	readonly at: number;
	readonly previous: Decision | undefined;
	readonly decision: Decision;
	/** Undefined for a skip, which changed no byte of the bank. */
	readonly revert?: Revert;
};

export type ReviewState = {
	readonly queue: readonly string[];
	/** The question on screen; `queue.length` once past the last. */
	readonly at: number;
	readonly decisions: Readonly<Record<string, Decision>>;
	readonly undo: readonly UndoEntry[];
	readonly view: 'question' | 'help';
	/** A line about what just happened ("Reloaded: the bank changed on disk"). */
	readonly notice?: string;
};

export type ReviewAction =
	| { readonly type: 'approve' | 'reject' | 'skip' | 'edit' | 'undo' | 'next' | 'previous' }
	| { readonly type: 'help' | 'close-help' | 'quit' }
	| { readonly type: 'set-field'; readonly field: FieldPath; readonly value: string }
	| { readonly type: 'written'; readonly id: string; readonly entry: UndoEntry }
	| { readonly type: 'undone'; readonly entry: UndoEntry }
	| { readonly type: 'refused'; readonly message: string }
	| { readonly type: 'reloaded'; readonly ids: readonly string[]; readonly message: string };

export type ReviewEffect =
	| { readonly type: 'write'; readonly change: BankChange }
	| { readonly type: 'edit'; readonly id: string }
	| { readonly type: 'save-progress' }
	| { readonly type: 'exit' };

export type ReviewStep = { readonly state: ReviewState; readonly effects: readonly ReviewEffect[] };

/** A review of `queue` from its start (or from `at`). */
export function startReview(
	queue: readonly string[],
	decisions: Readonly<Record<string, Decision>> = {},
	at = 0,
): ReviewState {
	return {
		queue,
		at: Math.min(Math.max(0, at), queue.length),
		decisions,
		undo: [],
		view: 'question',
	};
}

/** The id on screen, or undefined past the last. */
export const currentId = (state: ReviewState) => state.queue[state.at];

const quiet = (state: ReviewState, ...effects: ReviewEffect[]): ReviewStep => {
	const { notice: _, ...rest } = state;
	return { state: rest, effects };
};

export function reviewStep(state: ReviewState, action: ReviewAction): ReviewStep {
	const id = currentId(state);
	switch (action.type) {
		case 'approve':
		case 'reject':
			return id ? quiet(state, { type: 'write', change: { kind: action.type, id } }) : quiet(state);
		case 'edit':
			return id ? quiet(state, { type: 'edit', id }) : quiet(state);
		case 'set-field': {
			const { field, value } = action;
			return id
				? quiet(state, { type: 'write', change: { kind: 'set', id, field, value } })
				: quiet(state);
		}
		case 'skip':
			return id
				? decided(state, { id, at: state.at, previous: state.decisions[id], decision: 'skipped' })
				: quiet(state);
		case 'written': {
			const written = action.entry.id;
			return decided(state, {
				...action.entry,
				at: state.queue.indexOf(written),
				previous: state.decisions[written],
			});
		}
		case 'undo':
			return undo(state);
		case 'undone':
			return undone(state, action.entry);
		case 'next':
			return quiet({ ...state, at: Math.min(state.queue.length, state.at + 1) });
		case 'previous':
			return quiet({ ...state, at: Math.max(0, state.at - 1) });
		case 'help':
			return quiet({ ...state, view: 'help' });
		case 'close-help':
			return quiet({ ...state, view: 'question' });
		case 'quit':
			return quiet(state, { type: 'exit' });
		case 'refused':
			return { state: { ...state, notice: action.message }, effects: [] };
		case 'reloaded':
			return {
				state: reloaded(state, action.ids, action.message),
				effects: [{ type: 'save-progress' }],
			};
	}
}

/** A decision made: recorded, undoable, and the next undecided question on screen. */
function decided(state: ReviewState, entry: UndoEntry): ReviewStep {
	const idAfter = entry.revert?.idAfter ?? entry.id;
	const queue = state.queue.map((each) => (each === entry.id ? idAfter : each));
	const { [entry.id]: _, ...others } = state.decisions;
	const decisions = { ...others, [idAfter]: entry.decision };
	const at = nextUndecided(queue, decisions, entry.at + 1);
	return quiet(
		{ ...state, queue, decisions, at, undo: [...state.undo, entry] },
		{ type: 'save-progress' },
	);
}

/** The first question from `from` on without a decision, else the one after `from - 1`. */
function nextUndecided(
	queue: readonly string[],
	decisions: ReviewState['decisions'],
	from: number,
) {
	for (let at = from; at < queue.length; at++) {
		const id = queue[at];
		if (id !== undefined && decisions[id] === undefined) return at;
	}
	return Math.min(from, queue.length);
}

function undo(state: ReviewState): ReviewStep {
	const entry = state.undo.at(-1);
	if (!entry) return { state: { ...state, notice: 'Nothing to undo' }, effects: [] };
	if (entry.revert) return quiet(state, { type: 'write', change: { kind: 'revert', entry } });
	return undone(state, entry);
}

/** A decision taken back: the question as it was, on screen again. */
function undone(state: ReviewState, entry: UndoEntry): ReviewStep {
	const idAfter = entry.revert?.idAfter ?? entry.id;
	const queue = state.queue.map((each) => (each === idAfter ? entry.id : each));
	const { [idAfter]: _, ...decisions } = state.decisions;
	const restored = entry.previous ? { ...decisions, [entry.id]: entry.previous } : decisions;
	return quiet(
		{ ...state, queue, decisions: restored, at: entry.at, undo: state.undo.slice(0, -1) },
		{ type: 'save-progress' },
	);
}

/** The bank changed on disk: the queue follows it, and undo starts afresh (its bytes are gone). */
function reloaded(state: ReviewState, ids: readonly string[], message: string): ReviewState {
	const current = currentId(state);
	const isRejected = (id: string) => state.decisions[id] === 'rejected';
	const queue = updatedQueue(state.queue, ids, isRejected);
	const at = current === undefined ? queue.length : Math.max(0, queue.indexOf(current));
	return { ...state, queue, at, undo: [], notice: message };
}

/** How many questions of a review were decided, and how. */
export type ReviewCounts = {
	readonly total: number;
	/** Decided (approved, rejected or edited); a skipped question is not reviewed. */
	readonly reviewed: number;
	readonly approved: number;
	readonly rejected: number;
	readonly edited: number;
	readonly skipped: number;
};

/** What the progress line counts: "12 of 73 reviewed, 3 rejected". */
export function reviewCounts(state: ReviewState): ReviewCounts {
	const decided = state.queue.map((id) => state.decisions[id]);
	return {
		total: state.queue.length,
		reviewed: decided.filter((each) => each !== undefined && each !== 'skipped').length,
		approved: decided.filter((each) => each === 'approved').length,
		rejected: decided.filter((each) => each === 'rejected').length,
		edited: decided.filter((each) => each === 'edited').length,
		skipped: decided.filter((each) => each === 'skipped').length,
	};
}
