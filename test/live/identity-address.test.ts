import { describe, expect, it } from 'vitest';
import { addressKey, defaultPort, displayHost, parseJoinAddress } from '../../src/live/address.js';
import { decodeClientMessage, decodeServerMessage } from '../../src/live/codec.js';
import {
	checkName,
	formatJoinCode,
	joinCodeFrom,
	joinCodeLength,
	normalizeCode,
} from '../../src/live/identity.js';

describe('join codes and names', () => {
	it('makes eight-character codes without look-alike characters, read as two groups of four', () => {
		const code = joinCodeFrom(new Uint8Array([0, 1, 8, 14, 31, 32, 255, 100]));
		expect(code).toBe('ABJQ9A9E');
		expect(joinCodeFrom(new Uint8Array(8).fill(255))).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
		expect(joinCodeLength).toBe(8);
		expect(formatJoinCode('ABJQ9A9E')).toBe('ABJQ-9A9E');
	});

	it.each([
		['abjq-9a9e', 'ABJQ9A9E'],
		[' ab j q9 ', 'ABJQ9'],
		['ABJQ 9A9E', 'ABJQ9A9E'],
		['abjq\u20139a9e', 'ABJQ9A9E'], // an en dash, as a word processor writes it
	])('reads the typed code %j as %s', (typed, code) => {
		expect(normalizeCode(typed)).toBe(code);
	});

	it.each([
		['  Ann   Lee ', { ok: true, name: 'Ann Lee', key: 'ann lee' }],
		['Zoë', { ok: true, name: 'Zoë' }], // keys are skeletons: see name-skeleton.test.ts
		["O'Neil-2", { ok: true, name: "O'Neil-2" }],
		['', { ok: false }],
		['-dash', { ok: false }],
		['a'.repeat(25), { ok: false }],
		['bad\u0007bell', { ok: false }],
	])('checks the name %j', (typed, expected) => {
		expect(checkName(typed)).toMatchObject(expected);
	});

	it('counts composed and decomposed accents as one name', () => {
		const composed = checkName('Zo\u00EB');
		const decomposed = checkName('Zoe\u0308');
		expect(composed.ok && decomposed.ok && composed.key === decomposed.key).toBe(true);
	});
});

describe('addresses', () => {
	it.each([
		['192.168.1.20', `ws://192.168.1.20:${defaultPort}/`],
		['192.168.1.20:8000', 'ws://192.168.1.20:8000/'],
		['ws://127.0.0.1:9', 'ws://127.0.0.1:9/'],
		['[::1]:8000', 'ws://[::1]:8000/'],
	])('reads %s', (typed, url) => {
		expect(parseJoinAddress(typed)).toEqual({ ok: true, url });
	});

	it('refuses what is not a ws address', () => {
		expect(parseJoinAddress('http://x:1')).toMatchObject({
			ok: false,
			message: expect.stringContaining('ws://'),
		});
		expect(parseJoinAddress('a b:c')).toMatchObject({ ok: false });
	});

	it.each([
		['192.168.1.20', '192.168.1.20'],
		['::ffff:192.168.1.20', '192.168.1.20'],
		['2001:db8:0:1:aaaa:bbbb:cccc:dddd', '2001:db8:0:1::/64'],
		['2001:0db8:0000:0001::1', '2001:db8:0:1::/64'],
		['2001:db8::1', '2001:db8:0:0::/64'],
		['fe80::1%eth0', 'fe80:0:0:0::/64'],
		['::1', '0:0:0:0::/64'],
		[undefined, 'unknown'],
	])('counts joins from %s as from %s', (remote, key) => {
		expect(addressKey(remote)).toBe(key);
	});

	it('shows students the LAN address when bound to all interfaces', () => {
		const interfaces = {
			lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
			eth0: [{ address: '192.168.1.20', family: 'IPv4', internal: false }],
		} as never;
		expect(displayHost('0.0.0.0', interfaces)).toBe('192.168.1.20');
		expect(displayHost('127.0.0.1', interfaces)).toBe('127.0.0.1');
		expect(displayHost('::1', interfaces)).toBe('[::1]');
		expect(displayHost('0.0.0.0', {})).toBe('localhost');
	});
});

describe('protocol', () => {
	it('accepts the messages it defines and names what is wrong with others', () => {
		expect(decodeClientMessage('{"v":1,"type":"answer","index":2,"answer":"x"}')).toMatchObject({
			ok: true,
		});
		expect(
			decodeClientMessage('{"v":1,"type":"answer","index":2,"answer":"x","extra":1}'),
		).toMatchObject({ ok: false });
		expect(decodeClientMessage('{"v":1,"type":"answer","index":2,"answer":""}')).toMatchObject({
			ok: false,
			problem: expect.stringContaining('answer'),
		});
		expect(decodeClientMessage('[]')).toMatchObject({ ok: false });
		expect(decodeClientMessage('{')).toEqual({ ok: false, problem: 'not JSON', isUnsafe: false });
	});

	it('will not let a question carry its answer', () => {
		const question = {
			index: 0,
			total: 1,
			prompt: 'P?',
			kind: 'choice',
			options: ['a'],
			seconds: 1,
			remainingMs: 1,
		};
		expect(decodeServerMessage(JSON.stringify({ v: 1, type: 'question', question }))).toMatchObject(
			{ ok: true },
		);
		const leaking = { ...question, answer: 'a' };
		expect(
			decodeServerMessage(JSON.stringify({ v: 1, type: 'question', question: leaking })),
		).toMatchObject({ ok: false });
	});
});
