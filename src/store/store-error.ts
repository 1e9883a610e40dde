import path from 'node:path';

/** Why the score store could not be used. */
export type StoreProblem =
	| 'busy'
	| 'read-only'
	| 'unreadable'
	| 'full'
	| 'not-a-file'
	| 'newer'
	| 'failed';

/**
 * A failure of the score store that the user can cause and fix: a read-only folder, a full
 * disk, a lock held by another process, a folder where the file should be, a newer format.
 * Its message is one line naming the file; `summary` is a few words for a notice.
 */
export class StoreError extends Error {
	/** What kind of failure this is. */
	readonly problem: StoreProblem;
	/** A few words on the cause, e.g. "the disk is full". */
	readonly summary: string;

	constructor(problem: StoreProblem, summary: string, message: string) {
		super(message);
		this.name = 'StoreError';
		this.problem = problem;
		this.summary = summary;
	}
}

/** A store operation's result: the value, or the store failure that stopped it. */
export type StoreOutcome<T> =
	| { readonly ok: true; readonly value: T }
	| { readonly ok: false; readonly error: StoreError };

/** Runs `action`, turning a store failure into a value; any other error is a bug and is thrown. */
export function attemptStore<T>(action: () => T): StoreOutcome<T> {
	try {
		return { ok: true, value: action() };
	} catch (error) {
		if (error instanceof StoreError) return { ok: false, error };
		throw error;
	}
}

type Cause = { readonly problem: StoreProblem; readonly summary: string };

/** Per error code: the problem and its words, for reading and for writing. */
function causeOf(code: string | undefined, isWrite: boolean): Cause | undefined {
	switch (code) {
		case 'EACCES':
		case 'EPERM':
			return isWrite
				? { problem: 'read-only', summary: 'permission denied' }
				: { problem: 'unreadable', summary: 'permission denied' };
		case 'EROFS':
			return { problem: 'read-only', summary: 'the file system is read-only' };
		case 'ENOSPC':
			return { problem: 'full', summary: 'the disk is full' };
		case 'EDQUOT':
			return { problem: 'full', summary: 'the disk quota is used up' };
		case 'EISDIR':
			return { problem: 'not-a-file', summary: 'it is a folder, not a file' };
		case 'ENOTDIR':
		case 'EEXIST':
		case 'ELOOP':
			return { problem: 'not-a-file', summary: 'a part of its path is not a folder' };
		case undefined:
			return undefined;
		default:
			return { problem: 'failed', summary: `the system reported ${code}` };
	}
}

// The system calls that only ever write; `open` says nothing and keeps the caller's word.
const writeCalls = new Set(['mkdir', 'write', 'rename', 'link', 'unlink', 'rmdir', 'fsync']);

/**
 * The store failure for a file system error met while using the store at `storePath`, named
 * in one line; undefined for anything that is not a file system error (a bug, to be thrown).
 */
export function storeErrorFrom(
	error: unknown,
	storePath: string,
	doing: 'read' | 'write',
): StoreError | undefined {
	if (error instanceof StoreError) return error;
	const { code, syscall, path: failed } = (error ?? {}) as NodeJS.ErrnoException;
	const isWrite = doing === 'write' || (syscall !== undefined && writeCalls.has(syscall));
	const cause = causeOf(code, isWrite);
	if (!cause) return undefined;
	const what =
		failed === undefined || failed === storePath
			? `The score store ${storePath}`
			: `The score store folder ${path.dirname(storePath)}`;
	const message = `${what} cannot be ${isWrite ? 'written' : 'read'}: ${cause.summary} (${code}).`;
	return new StoreError(cause.problem, cause.summary, message);
}

/** The store failure for a score file or journal written by a newer quizline (left as it is). */
export function newerStoreError(storePath: string, problem: string): StoreError {
	return new StoreError(
		'newer',
		'it was written by a newer quizline',
		`The score store ${storePath} cannot be used: ${problem}. Update quizline to use it; the file was left as it is.`,
	);
}
