import type { Key } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import {
	type AppState,
	appReducer,
	initialAppState,
	keyCommand,
	scopeOf,
} from '../../src/ui/app-state.js';
import {
	type Binding,
	bindingsFor,
	hintsOf,
	hostScopes,
	joinScopes,
	keymap,
	type Scope,
	trainerScopes,
} from '../../src/ui/keymap.js';
import { HelpScreen } from '../../src/ui/screens/help-screen.js';
import { createTheme } from '../../src/ui/theme.js';
import { ThemeContext } from '../../src/ui/theme-context.js';
import { blankKey, flat } from './helpers.js';

const blank = blankKey;

const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const special: (keyof Key)[] = [
	'upArrow',
	'downArrow',
	'leftArrow',
	'rightArrow',
	'pageUp',
	'pageDown',
	'home',
	'end',
	'return',
	'escape',
	'tab',
	'backspace',
	'delete',
];
/** Every key press worth checking: printable characters, Ctrl+letters, and the special keys. */
const presses: [string, string, Key][] = [
	...printable.map((char): [string, string, Key] => [char, char, blank]),
	...'abcdefghijklmnopqrstuvwxyz'
		.split('')
		.map((c): [string, string, Key] => [`Ctrl+${c}`, c, { ...blank, ctrl: true }]),
	...special.map((name): [string, string, Key] => [
		name,
		'',
		{ ...blank, [name]: true, meta: name === 'escape' },
	]),
];
const scopes: Scope[] = [...trainerScopes, ...hostScopes, ...joinScopes];

describe('the keymap', () => {
	it.each(scopes)('has no two bindings for one key in %s', (scope) => {
		for (const [name, input, key] of presses) {
			const matching = bindingsFor(scope).filter((binding) => binding.matches(input, key));
			expect(
				matching.map((binding) => binding.action),
				`${name} in ${scope}`,
			).toHaveLength(Math.min(1, matching.length));
		}
	});

	it.each(['text', 'lobbyCount', 'tally', 'answerText'] as const)(
		'binds no printable key in a text field (%s), so q, ? and the rest type',
		(scope) => {
			for (const char of printable) {
				const bound = bindingsFor(scope).filter((binding) => binding.matches(char, blank));
				expect(bound, JSON.stringify(char)).toEqual([]);
			}
		},
	);

	it('quits with q outside text and Esc inside it', () => {
		const q = ['q', blank] as const;
		const esc = ['', { ...blank, escape: true, meta: true }] as const;
		expect(bindingsFor('choice').find((b) => b.matches(...q))).toBe(keymap.quit);
		expect(bindingsFor('text').find((b) => b.matches(...esc))).toBe(keymap.quitFromText);
	});

	it('every binding is listed, with its label and action, on the help screen', () => {
		const ui = render(
			<ThemeContext.Provider value={createTheme(false)}>
				<HelpScreen scope="feedback" height={200} isActive={false} />
			</ThemeContext.Provider>,
		);
		const frame = flat(ui.lastFrame());
		for (const binding of Object.values(keymap) as Binding[]) {
			expect(frame).toContain(`${binding.label} ${binding.action}`);
		}
		expect(frame).toContain('▸ After an answer');
		ui.unmount();
	});
});

const base: AppState = initialAppState();

describe('the app state', () => {
	it('maps keys to commands by scope', () => {
		expect(keyCommand(base, 's', blank)).toBe('stats');
		expect(keyCommand(base, '?', blank)).toBe('help');
		expect(keyCommand({ ...base, isHelpOpen: true }, '?', blank)).toBe('help');
		expect(keyCommand({ ...base, isHelpOpen: true }, 'q', blank)).toBe('back');
		expect(keyCommand({ ...base, screen: 'stats' }, 's', blank)).toBeUndefined();
		expect(keyCommand(base, 'c', { ...blank, ctrl: true })).toBe('interrupt');
	});

	it('help, context and stats open and close', () => {
		let state = appReducer(base, { type: 'stats', lines: ['x'] });
		expect(scopeOf(state)).toBe('stats');
		state = appReducer(state, { type: 'help' });
		expect(scopeOf(state)).toBe('help');
		state = appReducer(state, { type: 'back' });
		expect(scopeOf(state)).toBe('stats');
		state = appReducer(state, { type: 'back' });
		expect(scopeOf(state)).toBe('start');
	});

	it('says what c does on each screen: the paragraph after an answer, back from it', () => {
		const cKeys = (scope: Scope) =>
			hintsOf(bindingsFor(scope))
				.filter(([label]) => label === 'c')
				.map(([, action]) => action);
		expect(cKeys('feedback')).toEqual(['the whole paragraph']);
		expect(cKeys('context')).toEqual(['back to the answer']);
		for (const scope of ['start', 'choice', 'text', 'done', 'stats'] as const) {
			expect(cKeys(scope)).toEqual([]);
		}
	});
});
