// The trainer's start with a history: the score file is read, parsed and checked once, without
// the store's zod schemas, and each question's history is replayed through FSRS once, however
// many parts of the start screen and the first session ask for its card.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/commands/open-store.js';
import { createStoreController } from '../../src/commands/play/store-controller.js';
import { historyReplays } from '../../src/core/schedule.js';
import { loadBank } from '../../src/files/load-bank.js';
import { createStyle } from '../../src/format/style.js';
import { hasFullChecks, setFullChecks } from '../../src/store/checks.js';
import { storeTextParses } from '../../src/store/store-file.js';

const day = 86_400_000;
const start = Date.parse('2026-01-01T09:00:00.000Z');

/** A store where each of `ids` was answered `answers` times, a day apart. */
function storeWith(ids: readonly string[], answers: number) {
	const questions = Object.fromEntries(
		ids.map((id, index) => {
			const history = Array.from({ length: answers }, (_, i) => ({
				at: new Date(start + i * day + index * 1000).toISOString(),
				correct: (i + index) % 3 !== 0,
				answer: 'A',
				ms: 4000 + ((i * 977) % 20_000),
				verdict: 'exact',
			}));
			const last = history.at(-1);
			return [
				id,
				{
					attempts: answers,
					correct: history.filter((entry) => entry.correct).length,
					lastAnswer: 'A',
					lastCorrect: last?.correct ?? false,
					lastSeen: last?.at,
					bank: 'putin-xi-sco-2022',
					history,
				},
			];
		}),
	);
	return { schemaVersion: 1, profiles: { default: { questions, sessions: [] } } };
}

describe('the trainer start with a history', () => {
	it('reads the store once, without its full checks, and replays each history once', async () => {
		const loaded = loadBank();
		if (!loaded.ok) throw new Error('the bundled bank does not load');
		const ids = loaded.bank.questions.map((question) => question.id).slice(0, 20);
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quizline-start-'));
		fs.writeFileSync(path.join(dir, 'scores.json'), JSON.stringify(storeWith(ids, 30)));
		const parses = storeTextParses();
		const replays = historyReplays();
		const opened = await openStore({ QUIZLINE_STORE_DIR: dir }, () => undefined, {
			profile: 'default',
			forWriting: true,
			quickChecks: true,
		});
		if (!opened.ok) throw new Error(opened.message);
		const { menu } = createStoreController({
			loaded,
			store: opened.store,
			profile: 'default',
			settings: { schedule: {} },
			now: () => new Date('2026-03-01T10:00:00.000Z'),
			style: createStyle(false),
		});
		const described = menu.describe();
		expect(described.overview).toContain('20 of');
		menu.begin('due');
		expect(storeTextParses() - parses).toBe(1);
		expect(historyReplays() - replays).toBe(ids.length);
		expect(hasFullChecks()).toBe(false);
	});

	it('judges what the quick check refuses by the full schema before changing anything', async () => {
		// As in a new process: the first test's session start may have loaded them since.
		setFullChecks(undefined);
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quizline-start-'));
		const file = path.join(dir, 'scores.json');
		const data = storeWith(['q-1'], 2);
		// A journal line with a field this version does not know: the schema keeps it.
		const journalId = 'j-1';
		fs.writeFileSync(file, JSON.stringify({ ...data, journal: journalId }));
		const answer = { questionId: 'q-2', bank: 'b', answer: 'x', correct: true, later: 1 };
		const change = { op: 'answer', profile: 'default', answer, at: '2026-02-01T09:00:00.000Z' };
		fs.writeFileSync(
			path.join(dir, 'scores.journal.jsonl'),
			`${JSON.stringify({ journal: journalId, schemaVersion: 1 })}\n${JSON.stringify(change)}\n`,
		);
		const warnings: string[] = [];
		const opened = await openStore({ QUIZLINE_STORE_DIR: dir }, (line) => warnings.push(line), {
			profile: 'default',
			forWriting: true,
			quickChecks: true,
		});
		if (!opened.ok) throw new Error(opened.message);
		expect(hasFullChecks()).toBe(true);
		expect(Object.keys(opened.store.profile('default').questions).sort()).toEqual(['q-1', 'q-2']);
		expect(warnings).toEqual([]);

		// Data the schema refuses is moved aside, with the schema's reason, as before.
		fs.writeFileSync(
			file,
			JSON.stringify({
				schemaVersion: 1,
				profiles: { default: { questions: { q: { attempts: -1 } }, sessions: [] } },
			}),
		);
		fs.rmSync(path.join(dir, 'scores.journal.jsonl'));
		setFullChecks(undefined);
		const reopened = await openStore({ QUIZLINE_STORE_DIR: dir }, (line) => warnings.push(line), {
			profile: 'default',
			quickChecks: true,
		});
		expect(reopened.ok).toBe(true);
		expect(warnings.join('\n')).toMatch(
			/could not be read \(it does not match the score schema: profiles\.default\.questions\.q\./,
		);
		expect(fs.readdirSync(dir).filter((name) => name.startsWith('scores.corrupt-'))).toHaveLength(
			1,
		);
	});
});
