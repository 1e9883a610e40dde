import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { ClassSession } from '../../src/live/class-session.js';
import { type ClassState, createClassState } from '../../src/live/class-state.js';
import { HostApp } from '../../src/ui/live/host-app.js';
import { createTheme } from '../../src/ui/theme.js';
import { ThemeContext } from '../../src/ui/theme-context.js';
import { items, joinAction, settings } from '../live/helpers.js';
import { afterEffects, frameMatching } from './live-helpers.js';

const ctrlC = '\u0003';

function host(isLocal = false) {
	const session = new ClassSession(
		createClassState(items.slice(0, 2), { ...settings, isLocal }, Date.now()),
	);
	const onEnd = vi.fn((_state: ClassState) => 'results.csv');
	const onExit = vi.fn();
	const app = render(
		<ThemeContext.Provider value={createTheme(false)}>
			<HostApp
				session={session}
				title="The article"
				join={
					isLocal
						? undefined
						: {
								code: 'ABCD-EFGH',
								command: 'quizline join 127.0.0.1:7373 --code ABCD-EFGH --name YOUR-NAME',
							}
				}
				onEnd={onEnd}
				onExit={onExit}
			/>
		</ThemeContext.Provider>,
	);
	const answer = (key: string, given: string) =>
		session.dispatch({
			type: 'answer',
			key,
			index: session.getState().index,
			given,
			at: session.now(),
		});
	return { session, app, onEnd, onExit, answer };
}

describe('the host screen', () => {
	it('runs lobby → question → reveal → leaderboard → podium, and saves once at the end', async () => {
		const { session, app, onEnd, onExit, answer } = host();
		await frameMatching(app, /waiting for the first student/);
		app.stdin.write('\r'); // nobody has joined: Enter does nothing
		for (const name of ['Ann', 'Bob', 'Cy']) session.dispatch(joinAction(name));
		const lobby = await frameMatching(app, /Joined: 3/);
		expect(lobby).toContain('quizline join 127.0.0.1:7373 --code ABCD-EFGH --name YOUR-NAME');
		expect(lobby).toContain('Join code: A B C D - E F G H');
		expect(lobby).toContain('Ann, Bob, Cy');
		expect(session.getState().phase).toBe('lobby');

		app.stdin.write('\r');
		const question = await frameMatching(app, /0 of 3 answered/);
		expect(question).toContain('Question 1 of 2');
		expect(question).toMatch(/\d\s+\$40 billion/);
		answer('ann', '$140 billion');
		answer('bob', '$40 billion');
		await frameMatching(app, /2 of 3 answered/);

		app.stdin.write('r');
		const reveal = await frameMatching(app, /the answer/);
		expect(reveal).toMatch(/✓ \d\. \$140 billion\s+█+░*\s+1/);
		expect(reveal).toContain('1 of 3 right · 1 did not answer');
		expect(reveal).toContain('Article, line 15:');

		app.stdin.write('\r');
		const board = await frameMatching(app, /Leaderboard after question 1/);
		expect(board).toMatch(/1\. Ann\s+1\s+\+1/);
		expect(board).toMatch(/2\. Bob\s+0/);

		app.stdin.write('\r');
		await frameMatching(app, /Question 2 of 2/);
		for (const key of ['ann', 'bob', 'cy']) answer(key, 'True');
		await frameMatching(app, /3 of 3 right/);
		app.stdin.write('\r');
		await frameMatching(app, /Enter podium/);
		app.stdin.write('\r');
		const podium = await frameMatching(app, /Final results/);
		expect(podium).toContain('Results saved: results.csv');
		expect(onEnd).toHaveBeenCalledTimes(1);
		expect(onEnd.mock.calls[0]?.[0]).toMatchObject({
			phase: 'ended',
			endReason: 'completed',
			revealed: 2,
		});
		app.stdin.write('\r');
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith('completed'));
	});

	it('tells the host about wrong codes, held-back joins and flooders, on every screen', async () => {
		const { session, app } = host();
		await frameMatching(app, /waiting for the first student/);
		expect(app.lastFrame()).not.toContain('refused');
		for (let i = 0; i < 12; i++) {
			session.dispatch(joinAction('Guess', { code: `WRONG${i}`, from: `10.0.${i}.1`, at: i }));
		}
		await frameMatching(app, /12 wrong codes refused/);
		session.dispatch(joinAction('Ann'));
		session.dispatch({ type: 'start', at: session.now() });
		session.dispatch({ type: 'flooded', key: 'ann' });
		const question = await frameMatching(app, /dropped for flooding/);
		expect(question.replace(/\s+/g, ' ')).toContain(
			'12 wrong codes refused · 1 connection dropped for flooding (last: Ann)',
		);
		expect(question).toContain('Question 1 of 2');
	});

	it('Ctrl+C mid-question ends the session, saves, and leaves', async () => {
		const { session, app, onEnd, onExit } = host();
		session.dispatch(joinAction('Ann'));
		await frameMatching(app, /Joined: 1/);
		app.stdin.write('\r');
		await frameMatching(app, /answered/);
		app.stdin.write(ctrlC);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith('interrupted'));
		expect(onEnd).toHaveBeenCalledTimes(1);
		expect(session.getState()).toMatchObject({ phase: 'ended', endReason: 'stopped' });
		// The last frame stays above the printed report: it offers no keys.
		const last = app.lastFrame() ?? '';
		expect(last).toContain('Session ended early');
		expect(last).not.toMatch(/Enter close|q quit/);
	});

	it('counts the students connected now in the lobby: one who leaves drops out until they rejoin', async () => {
		const { session, app } = host();
		for (const name of ['Ann', 'Bob']) session.dispatch(joinAction(name));
		await frameMatching(app, /Joined: 2/);
		session.dispatch({ type: 'disconnect', key: 'bob', at: session.now() });
		const after = await frameMatching(app, /Joined: 1/);
		expect(after).toContain('1 left (they may rejoin)');
		expect(after).toMatch(/^Ann$/m);
		expect(after).toContain('1 connected');
		session.dispatch({ type: 'disconnect', key: 'ann', at: session.now() });
		const empty = await frameMatching(app, /Joined: 0/);
		expect(empty).not.toContain('Enter start');
		await afterEffects();
		app.stdin.write('\r'); // nobody is connected: Enter does nothing
		await afterEffects();
		expect(session.getState().phase).toBe('lobby');
		session.dispatch(joinAction('Bob', { token: 'token-bob' }));
		await frameMatching(app, /Joined: 1 · 1 left/);
	});

	it('projector mode: class size, reveal by key, a typed count per question, no network', async () => {
		const { session, app, onExit } = host(true);
		const lobby = await frameMatching(app, /How many students are in the room/);
		expect(lobby).not.toContain('quizline join');
		await afterEffects();
		// Text and its Enter in one burst, as a paste or a quick typist sends them.
		app.stdin.write('2x\r');
		await frameMatching(app, /type a whole number, or nothing/);
		expect(session.getState().phase).toBe('lobby');
		await afterEffects();
		app.stdin.write('\u007f');
		await frameMatching(app, /› 2\b/);
		await afterEffects();
		app.stdin.write('4\r');
		const question = await frameMatching(app, /Question 1 of 2/);
		expect(question).not.toContain('answered');
		expect(session.getState().classSize).toBe(24);
		app.stdin.write('r');
		await frameMatching(app, /How many answered right of 24\?/);
		await afterEffects();
		app.stdin.write('30\r');
		await frameMatching(app, /up to 24/);
		await afterEffects();
		app.stdin.write('\u007f');
		await frameMatching(app, /› 3\b/);
		await afterEffects();
		app.stdin.write('\u007f');
		await frameMatching(app, /›\s+e\.g\. 12/);
		await afterEffects();
		app.stdin.write('18\r');
		await frameMatching(app, /Question 2 of 2/);
		app.stdin.write('r');
		await frameMatching(app, /How many answered right/);
		await afterEffects();
		app.stdin.write('\r'); // skipped
		await frameMatching(app, /Projector mode: no per-student scores/);
		expect(session.getState()).toMatchObject({
			revealed: 2,
			tallies: [18],
			endReason: 'completed',
		});
		app.stdin.write('q');
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith('completed'));
	});

	it('? lists the keys of the host screens, its own first; ? again closes the list', async () => {
		const { app, onExit, session } = host();
		await frameMatching(app, /waiting for the first student/);
		await afterEffects();
		app.stdin.write('?');
		const help = await frameMatching(app, /Keys/);
		expect(help).toMatch(
			/▸ Lobby\s+Enter start the quiz · q quit · \? keys · Ctrl\+C end and save/,
		);
		expect(help).toContain('r reveal now');
		expect(help).not.toContain('next question');
		app.stdin.write('?');
		await frameMatching(app, /waiting for the first student/);
		expect(session.getState().phase).toBe('lobby');
		expect(onExit).not.toHaveBeenCalled();
	});

	it.each(['q', '\u001b'])(
		'%j over the help closes it and leaves the session running',
		async (key) => {
			const { app, onExit, session } = host();
			await frameMatching(app, /waiting for the first student/);
			await afterEffects();
			app.stdin.write('?');
			await frameMatching(app, /Keys/);
			await afterEffects();
			app.stdin.write(key);
			await frameMatching(app, /waiting for the first student/);
			expect(session.getState().phase).toBe('lobby');
			expect(onExit).not.toHaveBeenCalled();
		},
	);
});
