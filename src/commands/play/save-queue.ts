import { attemptStore, type StoreError } from '../../store/store-error.js';

/** One write to the score store, and whether it saves an answer (or a session's start or end). */
export type PendingWrite = { readonly write: () => void; readonly isAnswer: boolean };

/** What stays unsaved, and the failure that stopped it. */
export type Unsaved = {
	readonly answers: number;
	readonly writes: number;
	readonly error?: StoreError;
};

/**
 * The trainer's writes to the score store, in the order given. A write that fails (read-only
 * folder, full disk, lock held) is kept, with every write after it, and all are tried again
 * with the next one: nothing the learner gave is dropped while the trainer runs.
 */
export type SaveQueue = {
	/**
	 * Tries what waits, then `next`; returns a one-line notice for the learner when something
	 * stays unsaved, or when what waited has just been saved (undefined otherwise).
	 */
	save(next?: PendingWrite): string | undefined;
	/** What stays unsaved now. */
	unsaved(): Unsaved;
};

/** A save queue with nothing waiting. */
export function createSaveQueue(): SaveQueue {
	const waiting: PendingWrite[] = [];
	let error: StoreError | undefined;
	const answers = () => waiting.filter((pending) => pending.isAnswer).length;
	return {
		save(next) {
			if (next) waiting.push(next);
			const trying = answers();
			while (waiting[0]) {
				const done = attemptStore(waiting[0].write);
				if (!done.ok) {
					error = done.error;
					return notSavedNotice(error, answers());
				}
				waiting.shift();
			}
			const hadFailed = error !== undefined;
			error = undefined;
			return hadFailed ? savedNotice(trying) : undefined;
		},
		unsaved: () => ({
			answers: answers(),
			writes: waiting.length,
			...(error ? { error } : {}),
		}),
	};
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function notSavedNotice(error: StoreError, answers: number): string {
	const kept = answers > 0 ? `${plural(answers, 'answer')} kept` : 'this session kept';
	return `⚠ Not saved yet (${error.summary}): ${kept}, tried again after each answer.`;
}

function savedNotice(answers: number): string {
	return answers > 0
		? `✓ Saved again: ${plural(answers, 'answer')} now in the score store.`
		: '✓ Saved again.';
}

/**
 * The last try when the trainer closes: saves what still waits, or returns one line saying how
 * much is lost and why (the store's own line, naming the file), so nothing goes silently.
 */
export function saveBeforeExit(queue: SaveQueue): string | undefined {
	if (queue.unsaved().writes === 0) return undefined;
	queue.save();
	const { answers, error } = queue.unsaved();
	if (!error) return undefined;
	const lost = answers > 0 ? plural(answers, 'answer') : 'the start or end of this session';
	return `⚠ Not saved: ${lost}. ${error.message}`;
}
