import { describe, expect, it } from 'vitest';
import { orderActions } from '../../src/ui/components/order-list.js';
import {
	initialOrder,
	type OrderAction,
	type OrderState,
	orderAnswer,
	orderReducer,
} from '../../src/ui/components/order-state.js';
import { blankKey } from './helpers.js';

const run = (actions: OrderAction[], state: OrderState = initialOrder(4)) =>
	actions.reduce(orderReducer, state);

describe('the order list state', () => {
	it('starts in the bank order, item a focused', () => {
		expect(orderAnswer(initialOrder(4))).toBe('a, b, c, d');
	});

	it('moves the focus alone, wrapping round, until an item is picked up', () => {
		expect(run([{ type: 'up' }]).focused).toBe(3);
		const state = run([{ type: 'down' }, { type: 'down' }]);
		expect(state.focused).toBe(2);
		expect(orderAnswer(state)).toBe('a, b, c, d');
	});

	it('carries a picked-up item with ↑↓ and stops at the ends', () => {
		const carried = run([{ type: 'pick' }, { type: 'down' }, { type: 'down' }]);
		expect(orderAnswer(carried)).toBe('b, c, a, d');
		expect(carried.focused).toBe(2);
		const atEnd = run([{ type: 'down' }, { type: 'down' }], carried);
		expect(orderAnswer(atEnd)).toBe('b, c, d, a');
		expect(atEnd.focused).toBe(3);
		const putDown = run([{ type: 'pick' }, { type: 'up' }], atEnd);
		expect(putDown.heldFrom).toBeUndefined();
		expect(orderAnswer(putDown)).toBe('b, c, d, a');
		expect(putDown.focused).toBe(2);
		// Not carrying, the focus wraps round instead.
		expect(run([{ type: 'down' }, { type: 'down' }], putDown).focused).toBe(0);
	});

	it('moves the focused item at once with Shift+↑↓', () => {
		const state = run([{ type: 'down' }, { type: 'moveUp' }, { type: 'moveUp' }]);
		expect(orderAnswer(state)).toBe('b, a, c, d');
		expect(state.focused).toBe(0);
	});

	it('puts typed letters in place one after another; ⌫ lets the last place be typed again', () => {
		const typed = run([
			{ type: 'letter', index: 2 },
			{ type: 'letter', index: 0 },
		]);
		expect(orderAnswer(typed)).toBe('c, a, b, d');
		expect(typed.typed).toBe(2);
		// A letter already placed is not moved again.
		expect(run([{ type: 'letter', index: 2 }], typed)).toBe(typed);
		const retyped = run([{ type: 'untype' }, { type: 'letter', index: 3 }], typed);
		expect(orderAnswer(retyped)).toBe('c, d, a, b');
	});

	it('starts over when every place is typed and another letter comes', () => {
		const whole = run([0, 1, 2, 3].map((index) => ({ type: 'letter', index }) as const));
		expect(whole.typed).toBe(4);
		const again = run([{ type: 'letter', index: 3 }], whole);
		expect(orderAnswer(again)).toBe('d, a, b, c');
		expect(again.typed).toBe(1);
	});
});

describe('the order list keys', () => {
	it('reads letters typed in one burst, and Enter after them', () => {
		expect(orderActions('cadb\r', blankKey, 4)).toEqual([
			{ type: 'letter', index: 2 },
			{ type: 'letter', index: 0 },
			{ type: 'letter', index: 3 },
			{ type: 'letter', index: 1 },
			'submit',
		]);
		expect(orderActions(' \r', blankKey, 4)).toEqual([{ type: 'pick' }, 'submit']);
	});

	it('leaves other keys to the screen: a letter past the items, q, ?, Ctrl+C', () => {
		expect(orderActions('e', blankKey, 4)).toBeUndefined();
		expect(orderActions('q', blankKey, 4)).toBeUndefined();
		expect(orderActions('?', blankKey, 4)).toBeUndefined();
		expect(orderActions('c', { ...blankKey, ctrl: true }, 4)).toBeUndefined();
	});

	it('tells ↑↓ from Shift+↑↓', () => {
		expect(orderActions('', { ...blankKey, upArrow: true }, 4)).toEqual([{ type: 'up' }]);
		expect(orderActions('', { ...blankKey, downArrow: true, shift: true }, 4)).toEqual([
			{ type: 'moveDown' },
		]);
	});
});
