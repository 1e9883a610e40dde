import { plural } from '../../format/plural.js';
import { attemptStore, StoreError, type StoreOutcome } from '../../store/store-error.js';

/** One write to the score store, and whether it saves an answer (or a session's start or end). */
export type PendingWrite = { readonly write: () => void; readonly isAnswer: boolean };

/** What stays unsaved, and the failure that stopped it. */
export type Unsaved = {
	readonly answers: number;
	readonly writes: number;
	readonly error?: StoreError;
};

/**
 * The trainer's writes to the score store, in the order given, each made once the store's lock
 * is free: waiting for a lock another quizline holds never blocks the screen. A write that fails
 * (read-only folder, full disk, lock held too long) is kept, with every write after it, and all
 * are tried again with the next one: nothing the learner gave is dropped while the trainer runs.
 */
export type SaveQueue = {
	/**
	 * Tries what waits, then `next`; resolves, once they are written or kept, with a one-line
	 * notice for the learner when something stays unsaved, or when what waited has just been
	 * saved (undefined otherwise).
	 */
	save(next?: PendingWrite): Promise<string | undefined>;
	/** Writes what still waits now, synchronously: the last try as the trainer closes. */
	flush(): void;
	/** What stays unsaved now. */
	unsaved(): Unsaved;
};

/** Runs a write once the store's lock is free (the store's `whenFree`). */
export type WhenFree = (write: () => void) => Promise<void>;

/** A save queue with nothing waiting; writes run at once unless `whenFree` is given. */
export function createSaveQueue(whenFree: WhenFree = async (write) => write()): SaveQueue {
	const waiting: PendingWrite[] = [];
	let error: StoreError | undefined;
	let turn: Promise<unknown> = Promise.resolve();
	const answers = () => waiting.filter((pending) => pending.isAnswer).length;
	/** Writes the first waiting write, unless the exit's flush wrote it meanwhile. */
	const writeFirst = (pending: PendingWrite) => () => {
		if (waiting[0] !== pending) return;
		pending.write();
		waiting.shift();
	};
	const tryAll = async () => {
		const trying = answers();
		for (let pending = waiting[0]; pending; pending = waiting[0]) {
			const done = await attemptWhenFree(() => whenFree(writeFirst(pending)));
			if (!done.ok) {
				error = done.error;
				return notSavedNotice(error, answers());
			}
		}
		const hadFailed = error !== undefined;
		error = undefined;
		return hadFailed ? savedNotice(trying) : undefined;
	};
	return {
		save(next) {
			if (next) waiting.push(next);
			const saved = turn.then(tryAll);
			turn = saved.catch(() => undefined);
			return saved;
		},
		flush() {
			while (waiting[0]) {
				const done = attemptStore(waiting[0].write);
				if (!done.ok) {
					error = done.error;
					return;
				}
				waiting.shift();
			}
			error = undefined;
		},
		unsaved: () => ({
			answers: answers(),
			writes: waiting.length,
			...(error ? { error } : {}),
		}),
	};
}

/** `attemptStore` for a write that settles later: a StoreError as a value, a bug thrown. */
async function attemptWhenFree(write: () => Promise<void>): Promise<StoreOutcome<void>> {
	try {
		return { ok: true, value: await write() };
	} catch (error) {
		if (error instanceof StoreError) return { ok: false, error };
		throw error;
	}
}

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
	queue.flush();
	const { answers, error } = queue.unsaved();
	if (!error) return undefined;
	const lost = answers > 0 ? plural(answers, 'answer') : 'the start or end of this session';
	return `⚠ Not saved: ${lost}. ${error.message}`;
}

/**
 * A closed terminal window (SIGHUP), a kill (SIGTERM) or an interrupt sent from outside the
 * terminal (SIGINT; in it, Ctrl+C is a key) while a write waits for the lock: what waits is
 * written first, then the signal ends the process as it would have. Returns the unhooking.
 */
export function flushOnSignals(queue: SaveQueue): () => void {
	const signals = ['SIGHUP', 'SIGTERM', 'SIGINT'] as const;
	const onSignal = (signal: NodeJS.Signals) => {
		unhook();
		queue.flush();
		process.kill(process.pid, signal);
	};
	const unhook = () => {
		for (const signal of signals) process.off(signal, onSignal);
	};
	for (const signal of signals) process.on(signal, onSignal);
	return unhook;
}
