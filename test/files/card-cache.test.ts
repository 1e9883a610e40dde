// Cards replayed in one run are read, not replayed, in the next, while their history is the same.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
	cardFromHistory,
	createScheduler,
	historyReplays,
	keepCardsIn,
	replayedCard,
} from '../../src/core/schedule.js';
import { openCardCache } from '../../src/files/card-cache.js';

// Answers one to three days apart, some wrong, some slow or fast, some after a hint.
const history = Array.from({ length: 30 }, (_, i) => ({
	at: new Date(
		Date.parse('2025-01-01T09:00:00.000Z') + (i * 2 + (i % 3)) * 86_400_000,
	).toISOString(),
	correct: i % 4 !== 0,
	ms: (i * 3_700) % 30_000,
	hinted: i % 7 === 0,
}));
/** The same answers as a new array, as a new run reads them. */
const copy = <T>(value: T): T => structuredClone(value);

describe('the card cache', () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'quizline-cards-'));
	afterEach(() => keepCardsIn(undefined));

	test('a history unchanged since the last run is read, as the replay made it', () => {
		const first = openCardCache(folder);
		keepCardsIn(first);
		const before = historyReplays();
		const replayed = replayedCard(copy(history));
		expect(historyReplays()).toBe(before + 1);
		first.save();

		keepCardsIn(openCardCache(folder));
		const read = replayedCard(copy(history));
		expect(historyReplays()).toBe(before + 1);
		expect(read).toEqual(replayed);
		expect(read).toEqual(cardFromHistory(history, createScheduler()));

		// One more answer, or other options: replayed.
		replayedCard([...copy(history), { at: '2026-01-01T09:00:00.000Z', correct: true }]);
		replayedCard(copy(history), { retention: 0.8 });
		expect(historyReplays()).toBe(before + 3);
	});

	test('a cache file that is not one is an empty cache, and is written anew', () => {
		const odd = fs.mkdtempSync(path.join(os.tmpdir(), 'quizline-cards-'));
		fs.writeFileSync(path.join(odd, 'schedule-cards.json'), '{"layout":1,"cards":{"x":[1,2]}');
		const cache = openCardCache(odd);
		keepCardsIn(cache);
		const before = historyReplays();
		replayedCard(copy(history));
		expect(historyReplays()).toBe(before + 1);
		cache.save();
		keepCardsIn(openCardCache(odd));
		replayedCard(copy(history));
		expect(historyReplays()).toBe(before + 1);
	});
});
