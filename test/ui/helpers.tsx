import type { Key } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { afterEach, expect } from 'vitest';
import { createSaveQueue } from '../../src/commands/play/save-queue.js';
import {
	createStoreController,
	type PlanSettings,
} from '../../src/commands/play/store-controller.js';
import type { Question } from '../../src/core/bank/schema.js';
import { answerText } from '../../src/core/grade/grade.js';
import type { Mode } from '../../src/core/modes/mode.js';
import { bundledBankPath, type LoadedBank, loadBank } from '../../src/files/load-bank.js';
import { createStyle } from '../../src/format/style.js';
import { ScoreStore } from '../../src/store/score-store.js';
import { TrainerApp } from '../../src/ui/app.js';
import type { EndReason } from '../../src/ui/app-state.js';
import { createTheme } from '../../src/ui/theme.js';
import { ThemeContext } from '../../src/ui/theme-context.js';
import { useTempDir } from '../store/helpers.js';

/** The bundled bank, loaded once. */
export function bundledBank(): LoadedBank {
	const loaded = loadBank(bundledBankPath);
	if (!loaded.ok) throw new Error('the bundled bank does not load');
	return loaded;
}

/** A clock the test moves by hand. */
export function manualClock(start = '2024-05-20T12:00:00.000Z') {
	let time = Date.parse(start);
	return {
		now: () => time,
		date: () => new Date(time),
		advance: (ms: number) => {
			time += ms;
		},
	};
}

/** Polls until `check` passes (it throws until then), or fails with its last error. */
export async function waitFor<T>(check: () => T, timeoutMs = 5000): Promise<T> {
	const started = Date.now();
	for (;;) {
		try {
			return check();
		} catch (error) {
			if (Date.now() - started > timeoutMs) throw error;
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	}
}

/** The frame as one line of single-spaced text, so wrapped prompts can be found. */
export const flat = (frame: string | undefined) => (frame ?? '').replace(/\s+/g, ' ');

type Ui = ReturnType<typeof render>;

/**
 * Writes one key and waits until the frame changes (or a moment passes, for keys that don't),
 * then lets effects run: a screen drawn anew listens for keys only once its effects attach.
 */
export async function press(ui: Ui, key: string): Promise<void> {
	const before = ui.lastFrame();
	ui.stdin.write(key);
	await waitFor(() => {
		if (ui.lastFrame() === before) throw new Error('no new frame');
	}, 300).catch(() => undefined);
	await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Presses a key that is safe to repeat (End, Esc …) until `check` passes: a freshly drawn
 * screen may not listen yet. */
export async function pressUntil(ui: Ui, key: string, check: () => void): Promise<void> {
	for (let attempt = 0; ; attempt++) {
		ui.stdin.write(key);
		try {
			await waitFor(check, 200);
			return;
		} catch (error) {
			if (attempt >= 20) throw error;
		}
	}
}

/** Types text one key at a time. */
export async function type(ui: Ui, text: string): Promise<void> {
	for (const char of text) await press(ui, char);
}

export const keys = {
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	ctrlC: '\u0003',
	down: '\u001B[B',
	end: '\u001B[F',
	pageDown: '\u001B[6~',
};

/** The question on screen: the bank question whose prompt the frame shows. */
export function questionOnScreen(ui: Ui, questions: readonly Question[]): Question {
	const frame = flat(ui.lastFrame());
	const found = questions.find((question) => frame.includes(flat(question.prompt)));
	if (!found) throw new Error(`no known prompt on screen:\n${ui.lastFrame()}`);
	return found;
}

/** The options on screen as [number, text], an option wrapped over rows joined again. */
function optionsShown(frame: string): [string, string][] {
	const options: [string, string][] = [];
	for (const row of frame.split('\n')) {
		const start = /^[❯ ] (\d)\. (.+)$/.exec(row);
		const last = options.at(-1);
		if (start?.[1] && start[2]) options.push([start[1], start[2].trim()]);
		else if (last && /^ {5}\S/.test(row)) last[1] = `${last[1]} ${row.trim()}`;
	}
	return options;
}

/** Picks the option shown that is (or is not) `expected`, by its number. */
export async function pickOption(ui: Ui, expected: string, isRight: boolean) {
	const frame = ui.lastFrame() ?? '';
	const pick = optionsShown(frame).find(([, text]) => (text === expected) === isRight);
	if (!pick?.[0]) throw new Error(`no option to pick in:\n${frame}`);
	await press(ui, pick[0]);
}

/**
 * Answers the question on screen, right or wrong, with the keys a learner would use: an order
 * typed by its letters, and a two-part question's part B too (right when part A is).
 */
export async function answer(ui: Ui, questions: readonly Question[], isRight: boolean) {
	const question = questionOnScreen(ui, questions);
	if (question.type === 'choice' || question.type === 'truefalse') {
		await pickOption(ui, answerText(question), isRight);
	} else if (question.type === 'order') {
		const order = isRight ? question.answer : [...question.answer].reverse();
		await type(ui, order.join(''));
		await press(ui, keys.enter);
	} else {
		await type(ui, isRight ? answerText(question) : 'no idea 0');
		await press(ui, keys.enter);
	}
	if (question.support) {
		await waitFor(() => expect(ui.lastFrame()).toContain('Part B of 2'));
		await pickOption(ui, question.support.answer, isRight);
	}
	return question;
}

/** How a test starts the trainer. */
export type TrainerOptions = {
	readonly dir: string;
	readonly clock: ReturnType<typeof manualClock>;
	readonly mode?: Mode;
	readonly resume?: boolean;
	readonly settings?: PlanSettings;
	readonly profile?: string;
	/** Only the bundled bank's one-part questions of this type, so the first one asked is of it. */
	readonly questionType?: Question['type'];
	/** Only these questions of the bundled bank. */
	readonly questionIds?: readonly string[];
};

/** The trainer rendered for a test, with its store, save queue, clock and exits. */
export type RenderedTrainer = ReturnType<typeof renderTrainer>;

/**
 * The setup every trainer test shares; call at the top of a describe. Each test gets its own
 * store folder; `start` renders the trainer over it (a fresh clock unless one is given) and
 * the screens are unmounted after the test.
 */
export function useTrainerTests() {
	const dir = useTempDir();
	afterEach(() => cleanup());
	const start = (options: Omit<TrainerOptions, 'dir' | 'clock'> & Partial<TrainerOptions> = {}) =>
		renderTrainer({ dir: dir(), clock: manualClock(), ...options });
	/** `start`, then waits until the screen shows `text` (the first question's "Q 1/3" …). */
	const startOn = async (text: string, options: Parameters<typeof start>[0] = {}) => {
		const trainer = start(options);
		await waitFor(() => {
			if (!trainer.ui.lastFrame()?.includes(text)) throw new Error(`no "${text}" on screen`);
		});
		return trainer;
	};
	return { dir, start, startOn };
}

/** Renders the trainer over the score store in `dir`, with the bundled bank and a test clock. */
export function renderTrainer(options: TrainerOptions) {
	const bundled = bundledBank();
	const { questionType, questionIds } = options;
	const keeps = (question: Question) =>
		(questionType === undefined || (question.type === questionType && !question.support)) &&
		(questionIds === undefined || questionIds.includes(question.id));
	const loaded =
		questionType || questionIds
			? { ...bundled, bank: { ...bundled.bank, questions: bundled.bank.questions.filter(keeps) } }
			: bundled;
	const store = ScoreStore.open({ dir: options.dir, now: options.clock.date });
	const saves = createSaveQueue((write) => store.whenFree(write));
	const { recorder, menu } = createStoreController({
		saves,
		loaded,
		store,
		profile: options.profile ?? 'default',
		settings: options.settings ?? {},
		now: options.clock.date,
		style: createStyle(false),
	});
	const begun = options.resume
		? menu.resume()
		: options.mode
			? menu.begin(options.mode)
			: undefined;
	if (begun && 'notice' in begun) throw new Error(begun.notice);
	const exits: EndReason[] = [];
	const tree: ReactElement = (
		<ThemeContext.Provider value={createTheme(false)}>
			<TrainerApp
				title={loaded.bank.article.title}
				article={loaded.article}
				recorder={recorder}
				menu={menu}
				now={options.clock.now}
				onExit={(reason) => exits.push(reason)}
				{...(begun ? { begun } : { start: menu.describe() })}
			/>
		</ThemeContext.Provider>
	);
	const ui = render(tree);
	return {
		ui,
		store,
		saves,
		exits,
		clock: options.clock,
		questions: loaded.bank.questions,
		profile: () => store.profile('default'),
	};
}

/** A key with no flag set; spread it and set the one a test presses. */
export const blankKey: Key = {
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
};
