import type { Key } from 'ink';

/** Where the learner is in the trainer, which decides what each key does. */
export type TrainerScope =
	| 'start'
	| 'stats'
	| 'choice'
	| 'order'
	| 'text'
	| 'feedback'
	| 'context'
	| 'done'
	| 'help';

/** Where the teacher (host) or a student (join) is in a live class session. */
export type LiveScope =
	| 'lobby'
	| 'lobbyCount'
	| 'asking'
	| 'revealed'
	| 'tally'
	| 'podium'
	| 'waiting'
	| 'answerChoice'
	| 'answerText'
	| 'answerOrder'
	| 'locked'
	| 'over';

/** Where the teacher is in `quizline review`: a question, or past the last one. */
export type ReviewScope = 'review' | 'reviewDone' | 'reviewPick' | 'reviewField';

/** Where a key is pressed. */
export type Scope = TrainerScope | LiveScope | ReviewScope;

/** One key binding: its label, what it does, where it works, and how to recognise it. */
export type Binding = {
	readonly label: string;
	readonly action: string;
	readonly scopes: readonly Scope[];
	readonly matches: (input: string, key: Key) => boolean;
};

const plain = (key: Key) => !key.ctrl && !key.meta;
const letter =
	(char: string) =>
	(input: string, key: Key): boolean =>
		plain(key) && input === char;
const isEnter = (_input: string, key: Key) => key.return;
const isEscape = (_input: string, key: Key) => key.escape;
const isNext = (input: string, key: Key) =>
	key.return || (plain(key) && input === ' ') || key.rightArrow;
const isQuit = (input: string, key: Key) => letter('q')(input, key) || key.escape;
const isCtrlC = (input: string, key: Key) => key.ctrl && input === 'c';
const isUpOrDown = (key: Key) => key.upArrow || key.downArrow;

const bind = (
	label: string,
	action: string,
	scopes: readonly Scope[],
	matches: Binding['matches'],
): Binding => ({ label, action, scopes, matches });

/** Every screen of the trainer. */
export const trainerScopes: readonly TrainerScope[] = [
	'start',
	'stats',
	'choice',
	'order',
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
	up: bind('↑', 'move up', ['start', 'choice'], (_input, key) => key.upArrow),
	down: bind('↓', 'move down', ['start', 'choice'], (_input, key) => key.downArrow),
	pick: bind('1-9', 'pick by number', ['start', 'choice'], (input, key) => {
		return plain(key) && /^[1-9]$/.test(input);
	}),
	choose: bind('Enter', 'choose', ['start', 'choice'], isEnter),
	orderFocus: bind('↑↓', 'choose an item (carry it once picked up)', ['order'], (_i, key) => {
		return isUpOrDown(key) && !key.shift;
	}),
	orderPick: bind('Space', 'pick the item up, or put it down', ['order'], letter(' ')),
	orderMove: bind('Shift+↑↓', 'move the item up or down', ['order'], (_i, key) => {
		return isUpOrDown(key) && key.shift;
	}),
	orderLetters: bind(
		'a-e',
		'type the order by letters (⌫ retypes the last)',
		['order'],
		(input, key) => {
			return (plain(key) && /^[a-h]$/.test(input)) || key.backspace || key.delete;
		},
	),
	submit: bind('Enter', 'answer', ['text', 'order'], isEnter),
	edit: bind('← → ⌫', 'edit the answer', ['text'], (_input, key) => {
		return key.leftArrow || key.rightArrow || key.backspace || key.delete;
	}),
	hint: bind(
		'Tab',
		'hint (the article’s sentence, answer blanked)',
		['choice', 'order', 'text'],
		(_i, key) => {
			return key.tab;
		},
	),
	next: bind('Enter', 'next question', ['feedback'], isNext),
	context: bind('c', 'the whole paragraph', ['feedback'], letter('c')),
	closeContext: bind('c', 'back to the answer', ['context'], letter('c')),
	scroll: bind('↑↓ PgUp PgDn', 'scroll', ['stats', 'context', 'done', 'review'], (_input, key) => {
		return key.upArrow || key.downArrow || key.pageUp || key.pageDown || key.home || key.end;
	}),
	back: bind('Esc q', 'back', ['stats', 'context', 'help'], isQuit),
	stats: bind('s', 'your stats', ['start'], letter('s')),
	resume: bind('r', 'resume', ['start'], letter('r')),
	kinds: bind(
		'k',
		'next kind of question (every kind, recall, main ideas …)',
		['start'],
		letter('k'),
	),
	finish: bind('Enter', 'finish', ['done'], (input, key) => key.return || isQuit(input, key)),
	quit: bind('q', 'quit (answers are kept)', ['start', 'choice', 'order', 'feedback'], isQuit),
	quitFromText: bind('Esc', 'quit (answers are kept)', ['text'], isEscape),
	help: bind(
		'?',
		'keys',
		['start', 'stats', 'choice', 'order', 'feedback', 'context', 'done', 'help'],
		letter('?'),
	),
	helpFromText: bind('Ctrl+G', 'keys', ['text'], (input, key) => key.ctrl && input === 'g'),
	interrupt: bind('Ctrl+C', 'stop now (answers are kept)', trainerScopes, isCtrlC),
} as const satisfies Record<string, Binding>;

/** Where the teacher is: every host screen. */
export const hostScopes: readonly LiveScope[] = [
	'lobby',
	'lobbyCount',
	'asking',
	'revealed',
	'tally',
	'podium',
];
/** Where a student is: every join screen. */
export const joinScopes: readonly LiveScope[] = [
	'waiting',
	'answerChoice',
	'answerText',
	'answerOrder',
	'locked',
	'over',
];
/** The live screens where every key types into a field. */
const liveTextScopes: readonly LiveScope[] = ['lobbyCount', 'tally', 'answerText'];

/**
 * Every key of the live class screens, host and join, as data like the trainer's: the screens
 * show these labels and `?` lists them. In a field only keys that type nothing are bound.
 */
export const liveKeymap = {
	up: bind('↑', 'move up', ['answerChoice'], keymap.up.matches),
	down: bind('↓', 'move down', ['answerChoice'], keymap.down.matches),
	pick: bind('1-9', 'pick by number', ['answerChoice'], keymap.pick.matches),
	choose: bind('Enter', 'answer', ['answerChoice'], isEnter),
	submit: bind('Enter', 'answer', ['answerText', 'answerOrder'], isEnter),
	orderMove: bind(
		'↑↓',
		'move the cursor (a held item moves with it)',
		['answerOrder'],
		(_i, key) => {
			return key.upArrow || key.downArrow;
		},
	),
	orderHold: bind('Space', 'pick up or put down the item', ['answerOrder'], letter(' ')),
	orderType: bind(
		'a-e',
		'put that item next (type the letters in order)',
		['answerOrder'],
		(input, key) => {
			return plain(key) && /^[a-e]$/i.test(input);
		},
	),
	orderReset: bind('⌫', 'type the last place again', ['answerOrder'], (_i, key) => {
		return key.backspace || key.delete;
	}),
	count: bind('Enter', 'go on with the number typed (or none)', ['lobbyCount', 'tally'], isEnter),
	edit: bind('← → ⌫', 'edit', liveTextScopes, keymap.edit.matches),
	start: bind('Enter', 'start the quiz', ['lobby'], isNext),
	reveal: bind(
		'r',
		'reveal now',
		['asking'],
		(input, key) => letter('r')(input, key) || isNext(input, key),
	),
	advance: bind('Enter', 'go on', ['revealed'], isNext),
	close: bind(
		'Enter',
		'close',
		['podium', 'over'],
		(input, key) => isNext(input, key) || isQuit(input, key),
	),
	quit: bind('q', 'quit', ['lobby'], isQuit),
	quitFromText: bind('Esc', 'quit', ['lobbyCount'], isEscape),
	leave: bind('q', 'leave', ['waiting', 'answerChoice', 'answerOrder', 'locked'], isQuit),
	leaveFromText: bind('Esc', 'leave', ['answerText'], isEscape),
	help: bind(
		'?',
		'keys',
		[
			'lobby',
			'asking',
			'revealed',
			'podium',
			'waiting',
			'answerChoice',
			'answerOrder',
			'locked',
			'over',
		],
		letter('?'),
	),
	helpFromText: bind('Ctrl+G', 'keys', liveTextScopes, keymap.helpFromText.matches),
	end: bind('Ctrl+C', 'end and save', hostScopes, isCtrlC),
	leaveNow: bind('Ctrl+C', 'leave now', joinScopes, isCtrlC),
} as const satisfies Record<string, Binding>;

/** The screens of a review: a question, past the last one, and this list of keys. */
export const reviewScopes: readonly Scope[] = [
	'review',
	'reviewPick',
	'reviewField',
	'reviewDone',
	'help',
];

/** Every key of `quizline review`, as data like the trainer's. */
export const reviewKeymap = {
	approve: bind('a', 'approve (it becomes curated: generate keeps it)', ['review'], letter('a')),
	reject: bind('r', 'reject (removed; generate never brings it back)', ['review'], letter('r')),
	edit: bind('e', 'edit its YAML in $VISUAL or $EDITOR', ['review'], letter('e')),
	fix: bind('f', 'fix the prompt, a distractor or an accepted form here', ['review'], letter('f')),
	fixPick: bind('1-9', 'the field to fix', ['reviewPick'], (input, key) => {
		return plain(key) && /^[1-9]$/.test(input);
	}),
	fixSave: bind('Enter', 'save the field', ['reviewField'], isEnter),
	fixEdit: bind('← → ⌫', 'edit the text', ['reviewField'], keymap.edit.matches),
	fixCancel: bind('Esc', 'leave it as it was', ['reviewPick', 'reviewField'], isEscape),
	skip: bind('s', 'skip (decide later)', ['review'], letter('s')),
	undo: bind('u', 'undo the last decision', ['review', 'reviewDone'], letter('u')),
	next: bind(
		'→ n',
		'next question',
		['review'],
		(input, key) => key.rightArrow || letter('n')(input, key),
	),
	previous: bind(
		'← p',
		'previous question',
		['review', 'reviewDone'],
		(input, key) => key.leftArrow || letter('p')(input, key),
	),
	quit: bind('q', 'quit (every decision is already saved)', ['review', 'reviewDone'], isQuit),
	help: bind('?', 'keys', ['review', 'reviewDone', 'help'], letter('?')),
	back: bind('Esc q', 'back', ['help'], isQuit),
	interrupt: bind('Ctrl+C', 'stop now (decisions are saved)', reviewScopes, isCtrlC),
} as const satisfies Record<string, Binding>;

/** The name of a binding of the review's keymap. */
export type ReviewBindingName = keyof typeof reviewKeymap;

/** `pressed`, for the review's keymap. */
export function reviewPressed(
	name: ReviewBindingName,
	scope: Scope,
	input: string,
	key: Key,
): boolean {
	return isPressed(reviewKeymap[name], scope, input, key);
}

/** The name of a binding in the trainer's keymap. */
export type BindingName = keyof typeof keymap;

/** The name of a binding in the live screens' keymap. */
export type LiveBindingName = keyof typeof liveKeymap;

/** Whether the binding applies in `scope` and matches the key pressed. */
export function pressed(name: BindingName, scope: Scope, input: string, key: Key): boolean {
	return isPressed(keymap[name], scope, input, key);
}

/** `pressed`, for the live screens' keymap. */
export function livePressed(name: LiveBindingName, scope: Scope, input: string, key: Key): boolean {
	return isPressed(liveKeymap[name], scope, input, key);
}

function isPressed(binding: Binding, scope: Scope, input: string, key: Key): boolean {
	return binding.scopes.includes(scope) && binding.matches(input, key);
}

/** The bindings that work in `scope`, in keymap order (the trainer's, then the live ones). */
export function bindingsFor(scope: Scope): Binding[] {
	const review = scope === 'help' ? [] : Object.values(reviewKeymap);
	return [...Object.values(keymap), ...Object.values(liveKeymap), ...review].filter(
		(binding: Binding) => binding.scopes.includes(scope),
	);
}

/**
 * The one line a key that does nothing here gets: the keys that do something, and where all of
 * them are listed; undefined where a screen has no room for it (help, stats).
 */
export function wrongKeyHint(scope: Scope, count: number): string | undefined {
	const keys = `${keymap.help.label} for keys`;
	switch (scope) {
		case 'start':
		case 'choice':
			return `Press 1-${count} or ↑↓ and Enter · ${keys}`;
		case 'order':
			return `↑↓ choose · Space pick up · a-${String.fromCharCode(96 + count)} type the order · Enter answer · ${keys}`;
		case 'text':
			return `Type your answer and press Enter · ${keymap.helpFromText.label} for keys`;
		case 'feedback':
			return `Press Enter to go on · c for the whole paragraph · ${keys}`;
		case 'context':
			return `↑↓ to scroll · c or Esc to go back · ${keys}`;
		case 'done':
			return `Press Enter to finish · ↑↓ to scroll · ${keys}`;
		default:
			return undefined;
	}
}

/** A 1-based choice number typed as a digit, or undefined. */
export function choiceNumber(input: string, count: number): number | undefined {
	if (!/^[1-9]$/.test(input)) return undefined;
	const number = Number(input);
	return number <= count ? number : undefined;
}

/** A screen's hints for these bindings, each as its label and what it does. */
export function hintsOf(bindings: readonly Binding[]): [string, string][] {
	return bindings.map((binding) => [binding.label, binding.action]);
}

/** The hints of a list of `count` choices: move, and pick by number. */
export function choiceHints(count: number): [string, string][] {
	return [
		['↑↓', 'move'],
		[`1-${count}`, 'pick'],
	];
}

/** The hint line a screen shows, e.g. "↑↓ move · 1-4 pick · Enter answer · q quit". */
export function hintLine(parts: readonly (readonly [string, string])[]): string {
	return parts.map(([key, action]) => `${key} ${action}`).join(' · ');
}
