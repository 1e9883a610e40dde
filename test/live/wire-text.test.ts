import { describe, expect, it } from 'vitest';
import {
	decodeClientMessage,
	decodeServerMessage,
	encodeServerMessage,
} from '../../src/live/codec.js';
import type { ServerMessage } from '../../src/live/protocol.js';
import { firstControl, toWireText } from '../../src/live/wire-text.js';

describe('control characters in protocol text', () => {
	it.each([
		['plain text', 'Ann Lee · Zoë, 5,797 km', undefined],
		['NUL', 'a\u0000b', 'U+0000'],
		['a tab', 'a\tb', 'U+0009'],
		['a line break', 'a\nb', 'U+000A'],
		['CR', 'a\rb', 'U+000D'],
		['BEL', 'a\u0007', 'U+0007'],
		['ESC (OSC 0 retitles the terminal)', '\u001b]0;PWNED\u0007', 'U+001B'],
		['DEL', 'a\u007fb', 'U+007F'],
		['C1 CSI', 'a\u009b2J', 'U+009B'],
		['C1 at the top of the range', '\u009f', 'U+009F'],
		['left-to-right embedding', '\u202aabc', 'U+202A'],
		['right-to-left override', 'abc\u202e', 'U+202E'],
		['left-to-right isolate', '\u2066abc', 'U+2066'],
		['pop directional isolate', 'abc\u2069', 'U+2069'],
		['a no-break space (allowed)', 'a\u00a0b', undefined],
		['a left-to-right mark (allowed)', 'a\u200eb', undefined],
	])('%s', (_what, text, found) => {
		expect(firstControl(text)).toBe(found);
		expect(firstControl(toWireText(text))).toBeUndefined();
	});

	it('sends tabs and line breaks as spaces and other controls as U+FFFD', () => {
		expect(toWireText('a\tb\r\nc')).toBe('a b  c');
		expect(toWireText('\u001b]0;x\u0007')).toBe('\uFFFD]0;x\uFFFD');
		expect(toWireText('plain')).toBe('plain');
	});
});

const esc = '\u001b[2J';

describe('the server refuses control characters in what a client sends', () => {
	it.each<[string, object]>([
		['join.code', { v: 1, type: 'join', code: `AB${esc}`, name: 'Ann' }],
		['join.name', { v: 1, type: 'join', code: 'ABCDE', name: `Ann${esc}` }],
		['join.name (bidi)', { v: 1, type: 'join', code: 'ABCDE', name: 'Ann\u202e' }],
		['join.token', { v: 1, type: 'join', code: 'ABCDE', name: 'Ann', token: `t\u009b` }],
		['answer.answer', { v: 1, type: 'answer', index: 0, answer: `\u001b]52;c;aGk=\u0007` }],
	])('%s', (where, message) => {
		const decoded = decodeClientMessage(JSON.stringify(message));
		expect(decoded).toMatchObject({ ok: false, isUnsafe: true });
		expect(!decoded.ok && decoded.problem).toMatch(
			new RegExp(`^${where.split(' ')[0]}: holds the control`),
		);
	});
});

const question = {
	index: 0,
	total: 1,
	prompt: 'P?',
	kind: 'choice',
	options: ['a', 'b'],
	unit: 'km',
	seconds: 1,
	remainingMs: 1,
} as const;
const reveal = {
	v: 1,
	type: 'reveal',
	index: 0,
	expected: 'a',
	explanation: 'E.',
	quote: { line: 1, before: 'x ', span: 'a', after: ' y' },
	given: 'a',
	correct: true,
	points: 1,
	score: 1,
	rank: 1,
	players: 1,
} as const;
const ended = { v: 1, type: 'ended', reason: 'completed', score: 1, rank: 1, players: 1 } as const;

/** Every text field the server sends, each with a control character in it. */
const hostile: [string, object][] = [
	[
		'welcome.name',
		{ v: 1, type: 'welcome', name: esc, token: 't', total: 1, score: 0, rejoined: false },
	],
	[
		'welcome.token',
		{ v: 1, type: 'welcome', name: 'A', token: esc, total: 1, score: 0, rejoined: false },
	],
	['refused.message', { v: 1, type: 'refused', reason: 'wrong-code', message: esc }],
	['question.question.prompt', { v: 1, type: 'question', question: { ...question, prompt: esc } }],
	[
		'question.question.options.1',
		{ v: 1, type: 'question', question: { ...question, options: ['a', esc] } },
	],
	['question.question.unit', { v: 1, type: 'question', question: { ...question, unit: esc } }],
	['locked.given', { v: 1, type: 'locked', index: 0, given: esc }],
	[
		'answer-refused.message',
		{ v: 1, type: 'answer-refused', index: 0, reason: 'late', message: esc },
	],
	['reveal.expected', { ...reveal, expected: esc }],
	['reveal.explanation', { ...reveal, explanation: esc }],
	['reveal.quote.before', { ...reveal, quote: { ...reveal.quote, before: esc } }],
	['reveal.quote.span', { ...reveal, quote: { ...reveal.quote, span: esc } }],
	['reveal.quote.after', { ...reveal, quote: { ...reveal.quote, after: esc } }],
	['reveal.given', { ...reveal, given: esc }],
	['ended.podium.0.name', { ...ended, podium: [{ name: esc, score: 1, rank: 1 }] }],
];

describe('the client refuses control characters in what a host sends', () => {
	it.each(hostile)('%s', (field, message) => {
		const decoded = decodeServerMessage(JSON.stringify(message));
		expect(decoded).toMatchObject({ ok: false, isUnsafe: true });
		expect(!decoded.ok && decoded.problem).toBe(`${field}: holds the control character U+001B`);
	});

	it.each(hostile)('the server never sends one: %s goes out clean', (_field, message) => {
		const decoded = decodeServerMessage(encodeServerMessage(message as ServerMessage));
		expect(decoded).toMatchObject({ ok: true });
		expect(JSON.stringify(decoded)).toContain('\uFFFD[2J');
	});

	it('takes the same messages without control characters', () => {
		for (const message of [
			reveal,
			{ ...ended, podium: [] },
			{ v: 1, type: 'question', question },
		]) {
			expect(decodeServerMessage(JSON.stringify(message))).toMatchObject({ ok: true });
		}
	});
});
