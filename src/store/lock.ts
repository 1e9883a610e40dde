import { randomUUID } from 'node:crypto';
import {
	createWithContent,
	entryAt,
	linkBack,
	moveTo,
	readIfThere,
	removeFile,
	removeFileOrEmptyFolder,
} from '../files/lock-file.js';
import { isAbandoned, judgeLockContent, type LockFinding } from './lock-judge.js';
import { StoreError } from './store-error.js';

/** How long to wait for a lock, and when a held lock counts as abandoned. */
export type LockOptions = {
	/** Give up after this many milliseconds of waiting (default 5000). */
	readonly timeoutMs?: number;
	/** A lock file older than this is taken over (default 10000). */
	readonly staleMs?: number;
};

/** Thrown when another quizline process holds the store's lock for too long. */
export class StoreBusyError extends StoreError {
	/** The lock file that stayed in the way. */
	readonly lockPath: string;

	constructor(lockPath: string, waitedMs: number) {
		super(
			'busy',
			'another quizline holds the lock',
			`The score store is busy: ${lockPath} was held by another process for ${waitedMs} ms. ` +
				'If no other quizline is running, delete that file.',
		);
		this.name = 'StoreBusyError';
		this.lockPath = lockPath;
	}
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread for `ms` milliseconds (the store's API is synchronous). */
export function sleepSync(ms: number): void {
	Atomics.wait(sleeper, 0, 0, ms);
}

/** Runs `action` while holding the lock file at `lockPath`; always releases it. */
export function withLock<T>(lockPath: string, action: () => T, options: LockOptions = {}): T {
	const token = acquire(lockPath, options);
	try {
		return action();
	} finally {
		release(lockPath, token);
	}
}

function acquire(lockPath: string, options: LockOptions): string {
	const attempt = attempts(lockPath, options);
	for (;;) {
		const token = attempt();
		if (token) return token;
		sleepSync(pause());
	}
}

/**
 * Like `withLock`, but waits for the lock without blocking the thread, so a screen stays live
 * while another quizline holds it; `action` itself runs synchronously once the lock is taken.
 */
export async function withLockWhenFree<T>(
	lockPath: string,
	action: () => T,
	options: LockOptions = {},
): Promise<T> {
	const attempt = attempts(lockPath, options);
	for (;;) {
		const token = attempt();
		if (token) {
			try {
				return action();
			} finally {
				release(lockPath, token);
			}
		}
		await new Promise((resolve) => setTimeout(resolve, pause()));
	}
}

/** One try to take the lock per call: its token once taken; throws once waited too long. */
function attempts(lockPath: string, options: LockOptions): () => string | undefined {
	const timeoutMs = options.timeoutMs ?? 5000;
	const staleMs = options.staleMs ?? 10_000;
	const token = `${process.pid} ${randomUUID()}`;
	const started = Date.now();
	return () => {
		// The token is inside from the start, so a waiter can always judge the lock.
		if (createWithContent(lockPath, token)) return token;
		takeOverIfStale(lockPath, staleMs);
		const waited = Date.now() - started;
		if (waited >= timeoutMs) throw new StoreBusyError(lockPath, waited);
		return undefined;
	};
}

const pause = () => 2 + Math.floor(Math.random() * 8);

function release(lockPath: string, token: string): void {
	// Only remove our own lock: a slow holder may have been taken over meanwhile.
	if (readIfThere(lockPath) === token) removeFile(lockPath);
}

function takeOverIfStale(lockPath: string, staleMs: number): void {
	const finding = inspect(lockPath);
	if (finding.kind === 'released' || !isAbandoned(finding, { staleMs, isGone })) return;
	// Move the stale lock aside (atomic, so one waiter wins), then check that what moved is
	// the lock judged stale and not a fresh one another waiter created in between.
	const aside = `${lockPath}.stale-${randomUUID()}`;
	if (!moveTo(lockPath, aside)) return;
	const moved = inspect(aside);
	const isSame = moved.kind !== 'released' && moved.content === finding.content;
	if (!isSame) linkBack(aside, lockPath); // put the live lock back, unless a new one exists
	removeFileOrEmptyFolder(aside);
}

/** What is at the lock path now; a folder or any other non-file is foreign. */
function inspect(lockPath: string): LockFinding {
	const entry = entryAt(lockPath);
	if (entry.kind === 'none') return { kind: 'released' };
	if (entry.kind === 'other') return { kind: 'foreign', content: undefined };
	const content = readIfThere(lockPath);
	if (content === undefined) return { kind: 'released' };
	return judgeLockContent(content, entry.ageMs);
}

function isGone(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return false;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ESRCH';
	}
}
