import { beforeAll, describe, expect, it } from 'vitest';
import { ScoreStore } from '../../src/store/score-store.js';
import { useTempDir } from '../store/helpers.js';
import { ensureBuilt, runCli } from './helpers/run-cli.js';

beforeAll(() => ensureBuilt(), 60_000);

/** A store with two sessions of answers, one to an id the bank no longer has. */
function seed(dir: string, profile = 'default') {
	let time = Date.now() - 2 * 86_400_000;
	const now = () => {
		time += 60_000;
		return new Date(time);
	};
	const store = ScoreStore.open({ dir, now });
	const first = store.startSession(profile, {
		bank: 'putin-xi-sco-2022',
		mode: 'practice',
		questionIds: [],
	});
	const answer = (questionId: string, correct: boolean) => ({
		questionId,
		bank: 'putin-xi-sco-2022',
		answer: 'x',
		correct,
		ms: 9000,
	});
	store.recordAnswer(profile, first, answer('xi-term-number', true));
	store.recordAnswer(profile, first, answer('putin-praises-balanced-position', false));
	store.recordAnswer(profile, first, answer('an-old-question', false));
	store.finishSession(profile, first);
	time += 86_400_000;
	const second = store.startSession(profile, {
		bank: 'putin-xi-sco-2022',
		mode: 'review',
		questionIds: [],
	});
	store.recordAnswer(profile, second, answer('putin-praises-balanced-position', true));
	return store;
}

describe('quizline stats', () => {
	const dir = useTempDir();

	it('--json has the chart, per tag and skill, streak, due, weakest with quotes, orphaned ids', async () => {
		seed(dir());
		const result = runCli(['stats', '--json'], { env: { QUIZLINE_STORE_DIR: dir() } });
		expect(result).toMatchObject({ code: 0, stderr: '' });
		const stats = JSON.parse(result.stdout);
		expect(stats.timeline.map((point: { rate: number }) => point.rate)).toEqual([1 / 3, 1]);
		expect(Object.keys(stats.byTag).length).toBeGreaterThan(0);
		expect(stats.bySkill.recall).toMatchObject({ attempts: 3 });
		expect(stats.streak).toMatchObject({ longest: 2 });
		expect(stats.due).toEqual({
			now: expect.any(Number),
			today: expect.any(Number),
			week: expect.any(Number),
			fresh: expect.any(Number),
		});
		expect(stats.weakest[0]).toMatchObject({
			id: 'putin-praises-balanced-position',
			line: 1,
			quote: expect.stringContaining('balanced position'),
		});
		expect(stats.orphaned).toEqual(['an-old-question']);
	});

	it('prints the same for people, for the profile asked', async () => {
		seed(dir(), 'ann');
		const result = runCli(['stats', '--profile', 'ann'], { env: { QUIZLINE_STORE_DIR: dir() } });
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Profile ann');
		expect(result.stdout).toMatch(/Accuracy by session \(oldest → newest\): [▁-█]{2}/);
		expect(result.stdout).toContain('Kept history for ids no longer in the bank: an-old-question');
		const other = runCli(['stats'], { env: { QUIZLINE_STORE_DIR: dir() } });
		expect(other.stdout).toContain('Profile default · bank putin-xi-sco-2022: no answers yet');
	});

	it("counts only the bank it names: another bank's answers and sessions stay out", async () => {
		const store = seed(dir());
		// The same profile trained on another bank, and launched a quiz it left before answering.
		const other = store.startSession('default', {
			bank: 'another-bank',
			mode: 'practice',
			questionIds: [],
		});
		for (const questionId of ['elsewhere-1', 'elsewhere-2', 'xi-term-number-elsewhere'])
			store.recordAnswer('default', other, {
				questionId,
				bank: 'another-bank',
				answer: 'y',
				correct: false,
			});
		store.startSession('default', { bank: 'putin-xi-sco-2022', mode: 'exam', questionIds: [] });
		const env = { QUIZLINE_STORE_DIR: dir() };
		const stats = JSON.parse(runCli(['stats', '--json'], { env }).stdout);
		expect(stats.overall).toMatchObject({ correct: 2, attempts: 4 });
		expect(stats.sessions.total).toBe(2);
		expect(stats.orphaned).toEqual(['an-old-question']);
		const text = runCli(['stats'], { env }).stdout;
		expect(text).toContain('Profile default · bank putin-xi-sco-2022');
		expect(text).toContain('Sessions: 2 (1 finished)');
		expect(text).toContain('Accuracy: 50% (2/4)');
	});

	it('rejects a retention out of range', async () => {
		const result = runCli(['stats', '--retention', '2'], { env: { QUIZLINE_STORE_DIR: dir() } });
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('between 0.7 and 0.99');
	});
});

describe('quizline reset', () => {
	const dir = useTempDir();

	it('asks first and deletes nothing unless told yes', async () => {
		seed(dir());
		const declined = runCli(['reset'], { env: { QUIZLINE_STORE_DIR: dir() }, input: 'n\n' });
		expect(declined.code).toBe(1);
		expect(declined.stdout).toContain(
			'Delete all progress of profile "default" (4 answers to 3 questions, 2 sessions)?',
		);
		expect(declined.stdout).toContain('Nothing deleted.');
		const silent = runCli(['reset'], { env: { QUIZLINE_STORE_DIR: dir() }, input: '' });
		expect(silent.code).toBe(1);
		expect(ScoreStore.open({ dir: dir() }).profileNames()).toEqual(['default']);
		const agreed = runCli(['reset'], { env: { QUIZLINE_STORE_DIR: dir() }, input: 'yes\n' });
		expect(agreed).toMatchObject({ code: 0 });
		expect(agreed.stdout).toContain('Deleted the progress of profile "default".');
		expect(ScoreStore.open({ dir: dir() }).profileNames()).toEqual([]);
	});

	it('says one answer to one question in the singular', async () => {
		const store = ScoreStore.open({ dir: dir() });
		const session = store.startSession('solo', {
			bank: 'putin-xi-sco-2022',
			mode: 'practice',
			questionIds: [],
		});
		store.recordAnswer('solo', session, {
			questionId: 'xi-term-number',
			bank: 'putin-xi-sco-2022',
			answer: '3',
			correct: true,
		});
		const result = runCli(['reset', '--profile', 'solo'], {
			env: { QUIZLINE_STORE_DIR: dir() },
			input: 'n\n',
		});
		expect(result.stdout).toContain('(1 answer to 1 question, 1 session)?');
	});

	it('--yes deletes one profile without asking, and leaves the others', async () => {
		seed(dir(), 'ann');
		seed(dir(), 'bob');
		const result = runCli(['reset', '--profile', 'ann', '--yes'], {
			env: { QUIZLINE_STORE_DIR: dir() },
		});
		expect(result).toMatchObject({ code: 0, stderr: '' });
		expect(result.stdout).not.toContain('[y/N]');
		expect(ScoreStore.open({ dir: dir() }).profileNames()).toEqual(['bob']);
	});

	it('names the profiles there are when the one asked for has no progress', async () => {
		seed(dir(), 'ann');
		const result = runCli(['reset', '--profile', 'anne', '--yes'], {
			env: { QUIZLINE_STORE_DIR: dir() },
		});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('No profile "anne"');
		expect(result.stderr).toContain('profiles with progress: ann');
	});
});

describe('quizline play from a script', () => {
	const dir = useTempDir();

	it('needs a terminal and says what to use instead', async () => {
		const result = runCli(['play', '--mode', 'due'], { env: { QUIZLINE_STORE_DIR: dir() } });
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('needs an interactive terminal');
		expect(result.stderr).toContain('quizline check ID ANSWER');
	});
});
