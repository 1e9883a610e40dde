// The trainer's start cache: the start part of a profile kept for the store's bytes gives the
// first frame the same figures, plans and resumable session as the whole store; any change to
// the store's bytes (a write, an edit of the same size, a journal line) is a miss; a corrupt
// file is never met through it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/commands/open-store.js';
import { openStartCache } from '../../src/commands/play/start-cache.js';
import { startProfile } from '../../src/commands/play/start-profile.js';
import { createStoreController } from '../../src/commands/play/store-controller.js';
import { loadBank } from '../../src/files/load-bank.js';
import type { LoadedBank } from '../../src/files/load-result.js';
import { createStyle } from '../../src/format/style.js';
import type { ProfileData } from '../../src/store/schema.js';
import { storeTextParses } from '../../src/store/store-file.js';

const day = 86_400_000;
const now = new Date('2026-03-01T10:00:00.000Z');
const loadedBank = loadBank();
if (!loadedBank.ok) throw new Error('the bundled bank does not load');
const loaded: LoadedBank = loadedBank;
const bankIds = loaded.bank.questions.map((question) => question.id);

type Shape = {
	readonly records: readonly {
		readonly id: number;
		readonly otherBank: boolean;
		readonly days: readonly number[];
		readonly right: number;
	}[];
	readonly sessions: readonly {
		readonly otherBank: boolean;
		readonly ended: boolean;
		readonly days: readonly number[];
		readonly seed: number;
	}[];
};

const at = (daysBefore: number, minute = 0) =>
	new Date(now.getTime() - daysBefore * day + minute * 60_000).toISOString();

/** A profile of the shape: ids past the bank's are retired questions of the bank. */
function profileOf(shape: Shape): ProfileData {
	const questions: ProfileData['questions'] = {};
	for (const record of shape.records) {
		const id = bankIds[record.id] ?? `retired-${record.id}`;
		// Oldest first, as answers are kept.
		const days = [...record.days].sort((a, b) => b - a);
		const history = days.map((daysBefore, i) => ({
			at: at(daysBefore, i * 7),
			correct: (i + record.right) % 3 !== 0,
			answer: 'A',
			ms: 1000 + i,
			verdict: 'exact' as const,
		}));
		const last = history.at(-1);
		if (!last) continue;
		questions[id] = {
			attempts: history.length,
			correct: history.filter((entry) => entry.correct).length,
			lastAnswer: 'A',
			lastCorrect: last.correct,
			lastSeen: last.at,
			bank: record.otherBank ? 'another-bank' : loaded.key,
			history,
		};
	}
	const sessions = shape.sessions.map((session, index) => {
		const days = [...session.days].sort((a, b) => b - a);
		const answers = days.map((daysBefore, i) => ({
			id: bankIds[i % bankIds.length] ?? 'q',
			answer: 'A',
			correct: i % 2 === 0,
			at: at(daysBefore, i),
		}));
		return {
			id: `s-${index}`,
			bank: session.otherBank ? 'another-bank' : loaded.key,
			mode: 'practice' as const,
			start: at(Math.max(...session.days, 0)),
			...(session.ended ? { end: at(Math.min(...session.days, 0)) } : {}),
			count: answers.length + 1,
			score: 0,
			questionIds: [...answers.map((answer) => answer.id), bankIds[0] ?? 'q'],
			seed: `seed-${session.seed}`,
			answers,
		};
	});
	return { questions, sessions };
}

const shapes: fc.Arbitrary<Shape> = fc.record({
	records: fc.array(
		fc.record({
			id: fc.nat({ max: bankIds.length + 20 }),
			otherBank: fc.boolean(),
			days: fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 8 }),
			right: fc.nat({ max: 2 }),
		}),
		{ maxLength: 40 },
	),
	sessions: fc.array(
		fc.record({
			otherBank: fc.boolean(),
			ended: fc.boolean(),
			days: fc.array(fc.nat({ max: 40 }), { maxLength: 6 }),
			seed: fc.nat({ max: 2 }),
		}),
		{ maxLength: 6 },
	),
});

/** The start screen and the plans of a store whose profile reads as `read` gives. */
function firstFrames(read: () => ProfileData) {
	const store = { profile: read } as unknown as Parameters<
		typeof createStoreController
	>[0]['store'];
	const controller = (seed?: string) =>
		createStoreController({
			loaded,
			store,
			profile: 'default',
			settings: { schedule: {}, ...(seed === undefined ? {} : { seed }), count: 3 },
			now: () => now,
			style: createStyle(false),
		}).menu;
	const planned = (result: ReturnType<ReturnType<typeof controller>['begin']>) =>
		'notice' in result ? result.notice : result.session.items.map((item) => item.question.id);
	return {
		start: controller('fixed').describe(),
		practice: planned(controller('fixed').begin('practice')),
		replayed: planned(controller('seed-1').begin('practice')),
		review: planned(controller('fixed').begin('review')),
		due: planned(controller('fixed').begin('due')),
	};
}

describe('the start part of a profile', () => {
	it('gives the first frame what the whole profile gives', () => {
		const ids = new Set(bankIds);
		fc.assert(
			fc.property(shapes, (shape) => {
				const whole = profileOf(shape);
				const part = startProfile(whole, loaded.key, ids);
				expect(firstFrames(() => part)).toEqual(firstFrames(() => whole));
			}),
			{ numRuns: 60 },
		);
	});

	it('is smaller than the profile when other records hold history', () => {
		const whole = profileOf({
			records: [{ id: bankIds.length + 3, otherBank: false, days: [1, 2, 3, 4], right: 0 }],
			sessions: [],
		});
		const part = startProfile(whole, loaded.key, new Set(bankIds));
		expect(part.questions[`retired-${bankIds.length + 3}`]?.history).toEqual([]);
		// The streak still counts those days.
		expect(firstFrames(() => part).start.overview).toEqual(firstFrames(() => whole).start.overview);
	});
});

describe('the start cache', () => {
	const profile = profileOf({
		records: [
			{ id: 0, otherBank: false, days: [1, 2, 3], right: 1 },
			{ id: bankIds.length + 1, otherBank: false, days: [0, 5], right: 0 },
		],
		sessions: [{ otherBank: false, ended: false, days: [0], seed: 0 }],
	});
	const folders = () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quizline-start-cache-'));
		const store = path.join(dir, 'store');
		const cache = path.join(dir, 'cache');
		fs.mkdirSync(store);
		const file = path.join(store, 'scores.json');
		fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, profiles: { default: profile } }));
		return { env: { QUIZLINE_STORE_DIR: store }, cache, file };
	};

	it('is kept for the bytes read, and met again for the same bytes only', async () => {
		const { env, cache, file } = folders();
		const first = openStartCache(cache, env, 'default', loaded);
		expect(first.profile).toBeUndefined();
		first.keep(() => profile);
		const again = openStartCache(cache, env, 'default', loaded);
		expect(again.profile).toEqual(startProfile(profile, loaded.key, new Set(bankIds)));
		// Another profile or another bank's questions is a miss.
		expect(openStartCache(cache, env, 'other', loaded).profile).toBeUndefined();
		const fewer = {
			...loaded,
			bank: { ...loaded.bank, questions: loaded.bank.questions.slice(1) },
		};
		expect(openStartCache(cache, env, 'default', fewer).profile).toBeUndefined();

		// An edit of the same size, in the middle of the file.
		const text = fs.readFileSync(file, 'utf8');
		const middle = text.indexOf('"correct":true');
		fs.writeFileSync(file, `${text.slice(0, middle)}"correct":fals${text.slice(middle + 14)}`);
		expect(fs.statSync(file).size).toBe(text.length);
		expect(openStartCache(cache, env, 'default', loaded).profile).toBeUndefined();
		fs.writeFileSync(file, text);
		expect(openStartCache(cache, env, 'default', loaded).profile).toBeDefined();
	});

	it('keeps the last few stores, so runs on two stores in turn both find theirs', () => {
		const { env, cache, file } = folders();
		const texts = [0, 1, 2, 3, 4].map((n) =>
			JSON.stringify({ schemaVersion: 1, profiles: { default: profile, [`p${n}`]: profile } }),
		);
		const found = () =>
			texts.map((text) => {
				fs.writeFileSync(file, text);
				return openStartCache(cache, env, 'default', loaded).profile !== undefined;
			});
		for (const text of texts.slice(0, 2)) {
			fs.writeFileSync(file, text);
			openStartCache(cache, env, 'default', loaded).keep(() => profile);
		}
		expect(found()).toEqual([true, true, false, false, false]);
		for (const text of texts.slice(2)) {
			fs.writeFileSync(file, text);
			openStartCache(cache, env, 'default', loaded).keep(() => profile);
		}
		// Four are kept: the first one kept is the one let go.
		expect(found()).toEqual([false, true, true, true, true]);
	});

	it('misses after any write through the store, and after a journal line', async () => {
		const { env, cache } = folders();
		openStartCache(cache, env, 'default', loaded).keep(() => profile);
		expect(openStartCache(cache, env, 'default', loaded).profile).toBeDefined();
		const opened = await openStore(env, () => undefined, {
			profile: 'default',
			forWriting: true,
			isKnownGood: true,
		});
		if (!opened.ok) throw new Error(opened.message);
		const answer = { questionId: bankIds[0] ?? 'q', bank: loaded.key, answer: 'B', correct: false };
		opened.store.recordAnswer('default', undefined, answer);
		expect(openStartCache(cache, env, 'default', loaded).profile).toBeUndefined();
		// Kept again for the new bytes, then a second write lands in the journal.
		const kept = openStartCache(cache, env, 'default', loaded);
		kept.keep(() => opened.store.profile('default'));
		expect(openStartCache(cache, env, 'default', loaded).profile?.questions).toHaveProperty(
			[bankIds[0] ?? 'q', 'lastAnswer'],
			'B',
		);
		opened.store.recordAnswer('default', undefined, { ...answer, answer: 'C' });
		expect(openStartCache(cache, env, 'default', loaded).profile).toBeUndefined();
	});

	it('opens a known store without reading it, and reads it once when asked', async () => {
		const { env } = folders();
		const parses = storeTextParses();
		const opened = await openStore(env, () => undefined, {
			profile: 'default',
			forWriting: true,
			quickChecks: true,
			isKnownGood: true,
		});
		if (!opened.ok) throw new Error(opened.message);
		expect(storeTextParses()).toBe(parses);
		expect(opened.store.profile('default')).toEqual(profile);
		expect(storeTextParses()).toBe(parses + 1);
	});

	it('never meets a corrupt file: it is a miss, and the store moves the file aside as before', async () => {
		const { env, cache, file } = folders();
		openStartCache(cache, env, 'default', loaded).keep(() => profile);
		fs.writeFileSync(file, '{"schemaVersion": 1, "profiles": ');
		const start = openStartCache(cache, env, 'default', loaded);
		expect(start.profile).toBeUndefined();
		const warnings: string[] = [];
		const opened = await openStore(env, (line) => warnings.push(line), {
			profile: 'default',
			forWriting: true,
			quickChecks: true,
			isKnownGood: start.profile !== undefined,
		});
		expect(opened.ok).toBe(true);
		expect(warnings.join('\n')).toMatch(/could not be read \(it is not valid JSON\)/);
		const folder = path.dirname(file);
		expect(
			fs.readdirSync(folder).filter((name) => name.startsWith('scores.corrupt-')),
		).toHaveLength(1);
	});
});
