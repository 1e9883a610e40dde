import { describe, expect, it } from 'vitest';
import { choiceReducer } from '../../src/ui/components/choice-state.js';
import { choiceNumber } from '../../src/ui/keymap.js';

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
