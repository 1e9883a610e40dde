import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A fresh temporary store folder per test, removed afterwards; call at the top of a describe. */
export function useTempDir(): () => string {
	let dir = '';
	beforeEach(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quizline-store-'));
	});
	afterEach(() => {
		fs.rmSync(dir, { recursive: true, force: true });
	});
	return () => dir;
}

/** A clock that starts at `start` and moves one second per call. */
export function steppingClock(start = '2024-05-01T10:00:00.000Z'): () => Date {
	let next = Date.parse(start);
	return () => {
		const now = new Date(next);
		next += 1000;
		return now;
	};
}

/** An answer for `questionId` with the usual fields filled in. */
export function answerFor(questionId: string, correct = true, answer = 'x') {
	return { questionId, bank: 'bank-a', answer, correct };
}
