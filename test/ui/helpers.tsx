import { render } from 'ink-testing-library';
import type { Question } from '../../src/core/bank/schema.js';
import type { QuizItem } from '../../src/core/select.js';
import type { AnsweredItem, SessionState } from '../../src/core/session.js';
import { loadBank } from '../../src/files/load-bank.js';
import { type EndReason, QuizApp } from '../../src/ui/app.js';
import { createTheme } from '../../src/ui/theme.js';
import { ThemeContext } from '../../src/ui/theme-context.js';

const loaded = loadBank();
if (!loaded.ok) throw new Error('the bundled bank must load');
/** The bundled bank's questions. */
export const questions: readonly Question[] = loaded.bank.questions;

/** The first question of a type, as an item with its options in bank order. */
export function itemOfType(type: Question['type']): QuizItem {
	const question = questions.find((candidate) => candidate.type === type);
	if (!question) throw new Error(`no ${type} question in the bank`);
	const options =
		question.type === 'choice'
			? question.choices
			: question.type === 'truefalse'
				? ['True', 'False']
				: [];
	return { question, options };
}

/** Poll until `check` passes (Ink renders asynchronously); fails with the last frame. */
export async function waitFor(check: () => boolean, describe: () => string, timeoutMs = 5000) {
	const start = Date.now();
	while (!check()) {
		if (Date.now() - start > timeoutMs)
			throw new Error(`timed out waiting; last frame:\n${describe()}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/**
 * Ink draws a frame at commit; `useInput` subscribes in a passive effect that React runs in a
 * task it queues right then. Tasks queued after it run after it, so a few turns of the event loop
 * (not a timed sleep) guarantee a key written now reaches the new screen's handler.
 */
export async function effectsFlushed() {
	for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
}

/** Render the quiz over `items` with a fake clock; records what the app reports. */
export function renderQuiz(items: readonly QuizItem[]) {
	const answers: AnsweredItem[] = [];
	const ends: { state: SessionState; reason: EndReason }[] = [];
	let clock = 0;
	const app = render(
		<ThemeContext.Provider value={createTheme(false)}>
			<QuizApp
				title="Test bank"
				items={items}
				seed="test"
				now={() => {
					clock += 1000;
					return clock;
				}}
				onAnswer={(answer) => answers.push(answer)}
				onEnd={(state, reason) => ends.push({ state, reason })}
			/>
		</ThemeContext.Provider>,
	);
	const frame = () => app.lastFrame() ?? '';
	const until = (text: string) => waitFor(() => frame().includes(text), frame);
	/** Write keys once the screen shows `text`, so no key is lost before effects attach. */
	const press = async (text: string, keys: string) => {
		await until(text);
		await effectsFlushed();
		app.stdin.write(keys);
	};
	/** Wait for the app's reports (sent from effects, after the frame). */
	const settled = (check: () => boolean) => waitFor(check, frame);
	return { app, frame, until, press, settled, answers, ends };
}

/** Key codes as a terminal sends them. */
export const keys = {
	enter: '\r',
	down: '\u001B[B',
	up: '\u001B[A',
	escape: '\u001B',
	ctrlC: '\u0003',
};
