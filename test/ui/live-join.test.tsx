import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import type { Welcome } from '../../src/live/client.js';
import type { ServerMessage } from '../../src/live/protocol.js';
import { JoinApp } from '../../src/ui/live/join-app.js';
import type { RejoinResult, StudentConnection } from '../../src/ui/live/use-student-session.js';
import { createTheme } from '../../src/ui/theme.js';
import { ThemeContext } from '../../src/ui/theme-context.js';
import { afterEffects, frameMatching, orderOnScreen } from './live-helpers.js';

const welcome: Welcome = {
	v: 1,
	type: 'welcome',
	name: 'Ann',
	token: 'tok-1',
	total: 2,
	score: 0,
	rejoined: false,
};

/** A connection the test speaks for: `server` sends, `answers` records what the student sent. */
function fakeConnection() {
	let listener: ((message: ServerMessage) => void) | undefined;
	let onRefused: ((problem: string) => void) | undefined;
	let onClose: (() => void) | undefined;
	const answers: ([number, string] | [number, string, string])[] = [];
	// Held until someone listens, as the real connection does.
	const held: ServerMessage[] = [];
	const connection: StudentConnection = {
		onMessage: (next, refused) => {
			listener = next;
			onRefused = refused;
			for (const message of held.splice(0)) next(message);
			return () => {};
		},
		onClose: (next) => {
			onClose = next;
			return () => {};
		},
		answer: (index, given, support) => {
			answers.push(support === undefined ? [index, given] : [index, given, support]);
		},
		close: vi.fn(),
	};
	return {
		connection,
		answers,
		server: (message: ServerMessage) => {
			if (listener) listener(message);
			else held.push(message);
		},
		/** A frame the connection refused to decode. */
		refused: (problem: string) => onRefused?.(problem),
		drop: () => onClose?.(),
	};
}

function student(
	rejoin: (token: string) => Promise<RejoinResult> = async () => ({
		ok: false,
		reason: 'unreachable',
		message: 'nobody there',
	}),
) {
	const first = fakeConnection();
	const onExit = vi.fn();
	const rejoinSpy = vi.fn(rejoin);
	const app = render(
		<ThemeContext.Provider value={createTheme(false)}>
			<JoinApp
				connection={first.connection}
				welcome={welcome}
				rejoin={rejoinSpy}
				now={Date.now}
				rejoinHint={(token) => `quizline join … --token ${token}`}
				onExit={onExit}
			/>
		</ThemeContext.Provider>,
	);
	return { app, onExit, rejoin: rejoinSpy, ...first };
}

const choice: ServerMessage = {
	v: 1,
	type: 'question',
	question: {
		index: 0,
		total: 2,
		prompt: 'What did trade exceed?',
		kind: 'choice',
		options: ['$40 billion', '$140 billion'],
		seconds: 20,
		remainingMs: 20_000,
	},
};
const numeric: ServerMessage = {
	v: 1,
	type: 'question',
	question: {
		index: 1,
		total: 2,
		prompt: 'How many words?',
		kind: 'numeric',
		options: [],
		unit: 'words',
		seconds: 20,
		remainingMs: 20_000,
	},
};

describe('the student screen', () => {
	it('waits, answers, shows the lock, the reveal with the quoted line, and the final rank', async () => {
		const { app, server, answers, onExit } = student();
		await frameMatching(app, /Waiting for the teacher/);
		server({ v: 1, type: 'lobby', players: 12 });
		const waiting = await frameMatching(app, /12 joined so far/);
		expect(waiting).toContain('If you drop out, rejoin with: quizline join … --token tok-1');
		server(choice);
		const asked = await frameMatching(app, /What did trade exceed\?/);
		expect(asked).toMatch(/20 s left/);
		expect(asked).toContain('2. $140 billion');
		expect(asked).toContain('rejoin: --token tok-1');
		await afterEffects();
		app.stdin.write('2');
		await vi.waitFor(() => expect(answers).toEqual([[0, '$140 billion']]));
		app.stdin.write('1'); // a second key before the server replies sends nothing
		server({ v: 1, type: 'locked', index: 0, given: '$140 billion' });
		const locked = await frameMatching(app, /Answer locked: \$140 billion/);
		expect(locked).toContain('rejoin: --token tok-1');
		expect(answers).toHaveLength(1);
		server({
			v: 1,
			type: 'reveal',
			index: 0,
			expected: '$140 billion',
			explanation: 'Putin gave the figure.',
			quote: { line: 15, before: 'trade exceeded ', span: '$140 billion', after: ' last year.' },
			given: '$140 billion',
			correct: true,
			points: 1,
			score: 1,
			rank: 1,
			players: 12,
		});
		const reveal = await frameMatching(app, /✓ Right/);
		expect(reveal).toContain('Article, line 15:');
		expect(reveal).toContain('trade exceeded «$140 billion» last year.');
		expect(reveal).toContain('Score 1 · rank 1 of 12');
		expect(reveal).toContain('rejoin: --token tok-1');

		server(numeric);
		await frameMatching(app, /type a number/);
		await afterEffects();
		app.stdin.write('lots\r');
		await vi.waitFor(() => expect(answers.at(-1)).toEqual([1, 'lots']));
		server({
			v: 1,
			type: 'answer-refused',
			index: 1,
			reason: 'invalid',
			message: 'expected a number',
		});
		await frameMatching(app, /Cannot grade that: expected a number/);
		await afterEffects();
		for (let i = 0; i < 4; i++) app.stdin.write('\u007f');
		app.stdin.write('5000\r');
		await vi.waitFor(() => expect(answers.at(-1)).toEqual([1, '5000']));

		server({
			v: 1,
			type: 'ended',
			reason: 'completed',
			score: 1,
			rank: 3,
			players: 12,
			podium: [
				{ name: 'Bob', score: 2, rank: 1 },
				{ name: 'Cy', score: 2, rank: 1 },
				{ name: 'Ann', score: 1, rank: 3 },
			],
		});
		const end = await frameMatching(app, /The quiz is over/);
		expect(end).toContain('Your score 1 · rank 3 of 12');
		expect(end).toMatch(/1\. Bob · 2/);
		// The end screen's keys attach after its frame, like any screen's.
		await afterEffects();
		app.stdin.write('\r');
		await vi.waitFor(() =>
			expect(onExit).toHaveBeenCalledWith('completed', expect.objectContaining({ score: 1 })),
		);
	});

	it('after a drop rejoins with its token on a new connection', async () => {
		const second = fakeConnection();
		const { app, drop, rejoin } = student(async () => ({
			ok: true,
			connection: second.connection,
			welcome: { ...welcome, rejoined: true },
		}));
		await frameMatching(app, /Waiting for the teacher/);
		drop();
		await frameMatching(app, /Connection lost: trying to rejoin/);
		await vi.waitFor(() => expect(rejoin).toHaveBeenCalledWith('tok-1'), { timeout: 5000 });
		second.server(choice);
		const back = await frameMatching(app, /What did trade exceed\?/);
		expect(back).not.toContain('Connection lost');
		await afterEffects();
		app.stdin.write('1');
		await vi.waitFor(() => expect(second.answers).toEqual([[0, '$40 billion']]));
	});

	it('gives up when the session refuses the rejoin, and says how to try again', async () => {
		const { app, drop, onExit } = student(async () => ({
			ok: false,
			reason: 'session-over',
			message: 'this session has ended',
		}));
		await frameMatching(app, /Waiting for the teacher/);
		drop();
		const lost = await frameMatching(app, /Cannot reach the session: this session has ended/);
		expect(lost).toContain('quizline join … --token tok-1');
		app.stdin.write('\r');
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith('lost', expect.anything()));
	});

	it('once it gives up mid-question, shows only that it is lost, how to rejoin, and Enter close', async () => {
		let refuse = false;
		const { app, server, drop, onExit } = student(async () =>
			refuse
				? { ok: false, reason: 'session-over', message: 'this session has ended' }
				: { ok: false, reason: 'unreachable', message: 'nobody there' },
		);
		server(choice);
		await frameMatching(app, /What did trade exceed\?/);
		drop();
		await frameMatching(app, /Connection lost: trying to rejoin/);
		refuse = true;
		const lost = await frameMatching(app, /Cannot reach the session: this session has ended/);
		expect(lost).not.toContain('trying to rejoin');
		expect(lost).not.toContain('What did trade exceed?');
		expect(lost).not.toContain('rejoin: --token');
		expect(lost.match(/Enter/g)).toEqual(['Enter']);
		expect(lost).toContain('Enter close');
		expect(lost).toContain('quizline join … --token tok-1');
		await afterEffects();
		app.stdin.write('\r');
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith('lost', expect.anything()));
	});

	it('says a message from the session was ignored for its control characters, and goes on', async () => {
		const { app, server, refused } = student();
		await frameMatching(app, /Waiting for the teacher/);
		refused('question.question.prompt: holds the control character U+001B');
		const notice = await frameMatching(app, /Ignored:/);
		expect(notice.replace(/\s+/g, ' ')).toContain(
			'Ignored: the session sent a message quizline will not show (question.question.prompt: holds the control character U+001B).',
		);
		server(choice);
		await frameMatching(app, /What did trade exceed\?/);
	});

	it('q leaves; Ctrl+C is an interrupt', async () => {
		const first = student();
		await frameMatching(first.app, /Waiting/);
		first.app.stdin.write('q');
		await vi.waitFor(() => expect(first.onExit).toHaveBeenCalledWith('left', expect.anything()));
		const second = student();
		await frameMatching(second.app, /Waiting/);
		second.app.stdin.write('\u0003');
		await vi.waitFor(() =>
			expect(second.onExit).toHaveBeenCalledWith('interrupted', expect.anything()),
		);
	});

	it('? lists the keys of the student screens, its own first; Esc closes the list', async () => {
		const { app, onExit } = student();
		await frameMatching(app, /Waiting/);
		await afterEffects();
		app.stdin.write('?');
		const help = await frameMatching(app, /Keys/);
		expect(help).toMatch(/▸ Waiting for the teacher\s+q leave · \? keys · Ctrl\+C leave now/);
		expect(help).toContain('Typed answer');
		expect(help).not.toContain('next question');
		app.stdin.write('\u001B');
		await frameMatching(app, /Waiting for the teacher to start/);
		expect(onExit).not.toHaveBeenCalled();
	});
});

const order: ServerMessage = {
	v: 1,
	type: 'question',
	question: orderOnScreen(2),
};
const twoPart: ServerMessage = {
	v: 1,
	type: 'question',
	question: {
		index: 1,
		total: 2,
		prompt: 'According to John Kirby, why would the Kremlin want to cozy up to Beijing?',
		kind: 'choice',
		options: ['Xi was seeking a third term', 'its army is not doing well in Ukraine'],
		support: {
			prompt: 'Which line of the article supports your answer?',
			options: ['“Xi’s trip to Central Asia …”', '“In Ukraine, his army is not doing well …”'],
		},
		seconds: 20,
		remainingMs: 20_000,
	},
};

describe('the student screen: order and two-part questions', () => {
	it('puts an order together by typing letters and moving an item, then sends the letters', async () => {
		const { app, server, answers } = student();
		server(order);
		const asked = await frameMatching(app, /Earliest first · your order: a, b, c, d/);
		expect(asked).toContain('❯ 1. a) Xi meets Kazakh President Tokayev');
		expect(asked).toMatch(/a-d put next · ↑↓ move · Space hold · Enter answer/);
		await afterEffects();
		app.stdin.write('cb');
		await frameMatching(app, /your order: c, b, a, d/);
		// The focus goes on to place 3, the next to fill; its item picked up and moved down one:
		// a and d change places.
		app.stdin.write(' ');
		await frameMatching(app, /↕ 3\. a\)/);
		app.stdin.write('\u001B[B');
		await frameMatching(app, /your order: c, b, d, a/);
		app.stdin.write('\r');
		await vi.waitFor(() => expect(answers).toEqual([[0, 'c, b, d, a']]));
		server({ v: 1, type: 'locked', index: 0, given: 'c,b,d,a' });
		await frameMatching(app, /Answer locked: c,b,d,a/);
		server({
			v: 1,
			type: 'reveal',
			index: 0,
			expected: 'c, b, a, d',
			quote: { line: 20, before: 'he unveiled ', span: 'in 2013', after: ' his flagship' },
			given: 'c,b,d,a',
			correct: false,
			rightOrder: [
				'Xi unveils the Belt and Road Initiative',
				'Putin and Xi frame their “no-limits” partnership',
				'Xi meets Kazakh President Tokayev',
				'Putin praises China’s “balanced position” at the summit',
			],
			inPlace: { right: 2, of: 4 },
			points: 0,
			score: 0,
			rank: 2,
			players: 3,
		});
		const reveal = await frameMatching(app, /~ Partly right/);
		expect(reveal).toContain('2 of 4 in place');
		expect(reveal).toContain('Answer: c, b, a, d');
		expect(reveal).toContain('1. Xi unveils the Belt and Road Initiative');
	});

	it('a burst of letters and Enter sends the order typed', async () => {
		const { app, server, answers } = student();
		server(order);
		await frameMatching(app, /your order: a, b, c, d/);
		await afterEffects();
		app.stdin.write('cbad\r');
		await vi.waitFor(() => expect(answers).toEqual([[0, 'c, b, a, d']]));
	});

	it('asks part B once part A is picked, and sends both parts together', async () => {
		const { app, server, answers } = student();
		server(twoPart);
		await frameMatching(app, /2\. its army is not doing well in Ukraine/);
		await afterEffects();
		app.stdin.write('2');
		const partB = await frameMatching(
			app,
			/Part B: Which line of the article supports your answer\?/,
		);
		expect(partB).toContain('Part A: its army is not doing well in Ukraine');
		expect(answers).toEqual([]);
		await afterEffects();
		app.stdin.write('2');
		await vi.waitFor(() =>
			expect(answers).toEqual([
				[1, 'its army is not doing well in Ukraine', '“In Ukraine, his army is not doing well …”'],
			]),
		);
		server({
			v: 1,
			type: 'locked',
			index: 1,
			given: 'its army is not doing well in Ukraine',
			support: '“In Ukraine, his army is not doing well …”',
		});
		const locked = await frameMatching(app, /Part B: “In Ukraine/);
		expect(locked).toContain('Answer locked: its army is not doing well in Ukraine');
	});
});
