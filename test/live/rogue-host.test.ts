import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { joinSession } from '../../src/live/client.js';
import { waitFor } from './socket-helpers.js';

/** A host that answers every join with `frames`, as a rogue or broken host might. */
async function rogueHost(frames: readonly object[]) {
	const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
	await new Promise((resolve) => wss.once('listening', resolve));
	const joins: string[] = [];
	wss.on('connection', (socket) => {
		socket.on('message', (data) => {
			joins.push(String(data));
			for (const frame of frames) socket.send(JSON.stringify(frame));
		});
	});
	const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
	const stop = () =>
		new Promise<void>((resolve) => {
			for (const socket of wss.clients) socket.terminate();
			wss.close(() => resolve());
		});
	return { url, joins, stop };
}

type Rogue = Awaited<ReturnType<typeof rogueHost>>;
let rogue: Rogue | undefined;
afterEach(async () => {
	await rogue?.stop();
	rogue = undefined;
});

const welcome = {
	v: 1,
	type: 'welcome',
	name: 'Ann',
	token: 'tok',
	total: 1,
	score: 0,
	rejoined: false,
};
const question = {
	v: 1,
	type: 'question',
	question: {
		index: 0,
		total: 1,
		prompt: '\u001b]0;PWNED\u0007\u001b[2J',
		kind: 'choice',
		options: ['a'],
		seconds: 20,
		remainingMs: 20_000,
	},
};

describe('quizline join against a rogue host', () => {
	it('does not join a host whose welcome holds control characters, and says why', async () => {
		rogue = await rogueHost([{ ...welcome, name: 'Ann\u001b]52;c;aGk=\u0007' }]);
		const result = await joinSession({ url: rogue.url, code: 'abcde', name: 'Ann' });
		expect(result).toEqual({
			ok: false,
			reason: 'bad-frame',
			message:
				'the session sent a message quizline will not show (welcome.name: holds the control character U+001B)',
		});
	});

	it('ignores a question with control characters and reports it; clean messages still arrive', async () => {
		const lobby = { v: 1, type: 'lobby', players: 3 };
		rogue = await rogueHost([welcome, question, lobby]);
		const result = await joinSession({ url: rogue.url, code: 'abcde', name: 'Ann' });
		if (!result.ok) throw new Error(result.message);
		const seen: string[] = [];
		const refused: string[] = [];
		result.connection.onMessage(
			(message) => seen.push(message.type),
			(problem) => refused.push(problem),
		);
		await waitFor(() => seen.includes('lobby'), 'the lobby count');
		expect(seen).toEqual(['lobby']);
		expect(refused).toEqual(['question.question.prompt: holds the control character U+001B']);
		result.connection.close();
	});

	it('checks the name and code before sending them; a pasted line break in an answer goes as a space', async () => {
		rogue = await rogueHost([welcome]);
		expect(
			await joinSession({ url: rogue.url, code: 'abcde', name: 'Ann\u001b[2J' }),
		).toMatchObject({
			ok: false,
			reason: 'bad-name',
		});
		expect(await joinSession({ url: rogue.url, code: 'ab\u0007', name: 'Ann' })).toMatchObject({
			ok: false,
			reason: 'wrong-code',
			message: 'the code holds the control character U+0007',
		});
		expect(rogue.joins).toEqual([]);
		const result = await joinSession({ url: rogue.url, code: 'ab cde', name: 'Ann' });
		if (!result.ok) throw new Error(result.message);
		result.connection.answer(0, 'two\nlines\t!');
		await waitFor(() => rogue?.joins.length === 2, 'the answer');
		expect(rogue.joins.map((frame) => JSON.parse(frame))).toEqual([
			{ v: 1, type: 'join', code: 'ABCDE', name: 'Ann' },
			{ v: 1, type: 'answer', index: 0, answer: 'two lines !' },
		]);
		result.connection.close();
	});
});
