import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { choiceReducer } from '../../src/ui/components/choice-state.js';
import {
	type TextFieldAction,
	textFieldCommand,
	textFieldReducer,
} from '../../src/ui/components/text-field-state.js';
import { choiceNumber } from '../../src/ui/keymap.js';

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
} as Key;
const key = (overrides: Partial<Key>): Key => ({ ...noKey, ...overrides });

describe('textFieldReducer', () => {
	const run = (actions: TextFieldAction[]) =>
		actions.reduce(textFieldReducer, { value: '', cursor: 0 });

	it.each<[string, TextFieldAction[], string, number]>([
		['types', [{ type: 'insert', text: 'Xi' }], 'Xi', 2],
		['drops control characters from a paste', [{ type: 'insert', text: 'a\tb\u0007' }], 'ab', 2],
		[
			'deletes before the cursor',
			[{ type: 'insert', text: 'abc' }, { type: 'left' }, { type: 'backspace' }],
			'ac',
			1,
		],
		[
			'backspace at the start does nothing',
			[{ type: 'insert', text: 'a' }, { type: 'home' }, { type: 'backspace' }],
			'a',
			0,
		],
		[
			'inserts at the cursor',
			[{ type: 'insert', text: 'ad' }, { type: 'left' }, { type: 'insert', text: 'bc' }],
			'abcd',
			3,
		],
		[
			'keeps the cursor inside',
			[{ type: 'insert', text: 'a' }, { type: 'right' }, { type: 'right' }],
			'a',
			1,
		],
		[
			'end goes to the end',
			[{ type: 'insert', text: 'ab' }, { type: 'home' }, { type: 'end' }],
			'ab',
			2,
		],
	])('%s', (_name, actions, value, cursor) => {
		expect(run(actions)).toEqual({ value, cursor });
	});
});

describe('textFieldCommand', () => {
	it.each<[string, string, Partial<Key>, ReturnType<typeof textFieldCommand>]>([
		['a letter, q included', 'q', {}, { action: { type: 'insert', text: 'q' } }],
		['Enter submits', '', { return: true }, { submit: true }],
		[
			'a paste ending in a line break inserts and submits',
			'Kirby\r',
			{},
			{ action: { type: 'insert', text: 'Kirby' }, submit: true },
		],
		['Esc is left to the app', '', { escape: true }, undefined],
		['Ctrl+C is left to the app', 'c', { ctrl: true }, undefined],
		[
			'Backspace (sent as delete by most terminals)',
			'',
			{ delete: true },
			{ action: { type: 'backspace' } },
		],
		['End', '', { end: true }, { action: { type: 'end' } }],
	])('%s', (_name, input, overrides, expected) => {
		expect(textFieldCommand(input, key(overrides))).toEqual(expected);
	});
});

describe('choice list', () => {
	it('wraps around at both ends and ignores focus outside the list', () => {
		const start = { focused: 0, count: 3 };
		expect(choiceReducer(start, { type: 'up' }).focused).toBe(2);
		expect(choiceReducer({ focused: 2, count: 3 }, { type: 'down' }).focused).toBe(0);
		expect(choiceReducer(start, { type: 'focus', index: 3 })).toBe(start);
	});

	it.each([
		['1', 4, 1],
		['4', 4, 4],
		['5', 4, undefined],
		['0', 4, undefined],
		['12', 4, undefined],
	])('choiceNumber(%j, %i) = %s', (input, count, expected) => {
		expect(choiceNumber(input, count)).toBe(expected);
	});
});
