import type { Key } from 'ink';

/** Where the learner is, which decides what each key does. */
export type Scope =
	| 'start'
	| 'stats'
	| 'choice'
	| 'text'
	| 'feedback'
	| 'context'
	| 'done'
	| 'help';

/** One key binding: its label, what it does, where it works, and how to recognise it. */
export type Binding = {
	readonly label: string;
	readonly action: string;
	readonly scopes: readonly Scope[];
	readonly matches: (input: string, key: Key) => boolean;
};

const plain = (key: Key) => !key.ctrl && !key.meta;
const everywhere: readonly Scope[] = [
	'start',
	'stats',
	'choice',
	'text',
	'feedback',
	'context',
	'done',
	'help',
];

/**
 * Every key the trainer reacts to, as data: screens show these labels and `?` lists them all.
 * In a text field only keys that type nothing are bound, so `q` or `?` can be typed.
 */
export const keymap = {
	up: {
		label: '↑',
		action: 'move up',
		scopes: ['start', 'choice'],
		matches: (_input, key) => key.upArrow,
	},
	down: {
		label: '↓',
		action: 'move down',
		scopes: ['start', 'choice'],
		matches: (_input, key) => key.downArrow,
	},
	pick: {
		label: '1-9',
		action: 'pick by number',
		scopes: ['start', 'choice'],
		matches: (input, key) => plain(key) && /^[1-9]$/.test(input),
	},
	choose: {
		label: 'Enter',
		action: 'choose',
		scopes: ['start', 'choice'],
		matches: (_input, key) => key.return,
	},
	submit: {
		label: 'Enter',
		action: 'answer',
		scopes: ['text'],
		matches: (_input, key) => key.return,
	},
	edit: {
		label: '← → ⌫',
		action: 'edit the answer',
		scopes: ['text'],
		matches: (_input, key) => key.leftArrow || key.rightArrow || key.backspace || key.delete,
	},
	hint: {
		label: 'Tab',
		action: 'hint (the article’s sentence, answer blanked)',
		scopes: ['choice', 'text'],
		matches: (_input, key) => key.tab,
	},
	next: {
		label: 'Enter',
		action: 'next question',
		scopes: ['feedback'],
		matches: (input, key) => key.return || (plain(key) && input === ' ') || key.rightArrow,
	},
	context: {
		label: 'c',
		action: 'the whole paragraph',
		scopes: ['feedback', 'context'],
		matches: (input, key) => plain(key) && input === 'c',
	},
	scroll: {
		label: '↑↓ PgUp PgDn',
		action: 'scroll',
		scopes: ['stats', 'context', 'done'],
		matches: (_input, key) =>
			key.upArrow || key.downArrow || key.pageUp || key.pageDown || key.home || key.end,
	},
	back: {
		label: 'Esc q',
		action: 'back',
		scopes: ['stats', 'context', 'help'],
		matches: (input, key) => key.escape || (plain(key) && input === 'q'),
	},
	stats: {
		label: 's',
		action: 'your stats',
		scopes: ['start'],
		matches: (input, key) => plain(key) && input === 's',
	},
	resume: {
		label: 'r',
		action: 'resume',
		scopes: ['start'],
		matches: (input, key) => plain(key) && input === 'r',
	},
	finish: {
		label: 'Enter',
		action: 'finish',
		scopes: ['done'],
		matches: (input, key) => key.return || (plain(key) && input === 'q') || key.escape,
	},
	quit: {
		label: 'q',
		action: 'quit (answers are kept)',
		scopes: ['start', 'choice', 'feedback'],
		matches: (input, key) => (plain(key) && input === 'q') || key.escape,
	},
	quitFromText: {
		label: 'Esc',
		action: 'quit (answers are kept)',
		scopes: ['text'],
		matches: (_input, key) => key.escape,
	},
	help: {
		label: '?',
		action: 'keys',
		scopes: ['start', 'stats', 'choice', 'feedback', 'context', 'done', 'help'],
		matches: (input, key) => plain(key) && input === '?',
	},
	helpFromText: {
		label: 'Ctrl+G',
		action: 'keys',
		scopes: ['text'],
		matches: (input, key) => key.ctrl && input === 'g',
	},
	interrupt: {
		label: 'Ctrl+C',
		action: 'stop now (answers are kept)',
		scopes: everywhere,
		matches: (input, key) => key.ctrl && input === 'c',
	},
} as const satisfies Record<string, Binding>;

/**
 * Keys only the live class screens have; host and join also use next, quit, quitFromText and
 * interrupt above, by their `matches`, outside the trainer's scopes.
 */
export const liveKeymap = {
	reveal: {
		label: 'r',
		action: 'reveal now',
		matches: (input: string, key: Key) => plain(key) && input === 'r',
	},
} as const;

/** The name of a binding in the keymap. */
export type BindingName = keyof typeof keymap;

/** Whether the binding applies in `scope` and matches the key pressed. */
export function pressed(name: BindingName, scope: Scope, input: string, key: Key): boolean {
	const binding: Binding = keymap[name];
	return binding.scopes.includes(scope) && binding.matches(input, key);
}

/** The bindings that work in `scope`, in keymap order. */
export function bindingsFor(scope: Scope): Binding[] {
	return Object.values(keymap).filter((binding: Binding) => binding.scopes.includes(scope));
}

/** A 1-based choice number typed as a digit, or undefined. */
export function choiceNumber(input: string, count: number): number | undefined {
	if (!/^[1-9]$/.test(input)) return undefined;
	const number = Number(input);
	return number <= count ? number : undefined;
}

/** The hint line a screen shows, e.g. "↑↓ move · 1-4 pick · Enter answer · q quit". */
export function hintLine(parts: readonly (readonly [string, string])[]): string {
	return parts.map(([key, action]) => `${key} ${action}`).join(' · ');
}
