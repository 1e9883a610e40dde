import { describe, expect, it } from 'vitest';
import { type ClassPhase, createClassState } from '../../src/live/class-state.js';
import { hostCommand } from '../../src/ui/live/host-keys.js';
import { items, joinAction, run, settings } from '../live/helpers.js';
import { blankKey } from './helpers.js';

const none = blankKey;
const enter = { ...none, return: true };
const esc = { ...none, escape: true };
const ctrlC = ['c', { ...none, ctrl: true }] as const;

function at(phase: ClassPhase, isLocal = false, players = 1) {
	const state = createClassState(items, { ...settings, isLocal }, 0);
	const joined = run(
		Array.from({ length: players }, (_, i) => joinAction(`P${i}`)),
		state,
	).state;
	return { ...joined, phase };
}

describe('host keys', () => {
	it.each([
		['lobby', 'Enter with students', at('lobby'), '', enter, { type: 'start' }],
		['lobby', 'Enter with nobody', at('lobby', false, 0), '', enter, undefined],
		['lobby', 'q', at('lobby'), 'q', none, { type: 'stop', isInterrupt: false }],
		['question', 'r', at('question'), 'r', none, { type: 'reveal' }],
		['question', 'Enter', at('question'), '', enter, { type: 'reveal' }],
		['question', 'q (nothing: Ctrl+C ends)', at('question'), 'q', none, undefined],
		['reveal', 'Enter', at('reveal'), '', enter, { type: 'next' }],
		['standings', 'space', at('standings'), ' ', none, { type: 'next' }],
		['ended', 'Enter', at('ended'), '', enter, { type: 'exit' }],
		['any', 'Ctrl+C', at('reveal'), ...ctrlC, { type: 'stop', isInterrupt: true }],
		['projector lobby', 'Enter (the field’s)', at('lobby', true, 0), '', enter, undefined],
		['projector lobby', 'Esc', at('lobby', true, 0), '', esc, { type: 'stop', isInterrupt: false }],
		['projector reveal', 'Enter (the field’s)', at('reveal', true, 0), '', enter, undefined],
		[
			'projector reveal',
			'Ctrl+C',
			at('reveal', true, 0),
			...ctrlC,
			{ type: 'stop', isInterrupt: true },
		],
	])('%s: %s', (_phase, _key, state, input, key, command) => {
		expect(hostCommand(state, input, key)).toEqual(command);
	});
});
