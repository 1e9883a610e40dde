import { render } from 'ink';
import { type EndReason, QuizApp, type QuizAppProps } from './app.js';
import { createTheme } from './theme.js';
import { ThemeContext } from './theme-context.js';

export type RunQuizOptions = Omit<QuizAppProps, 'onEnd'> & {
	readonly color: boolean;
	readonly onEnd: QuizAppProps['onEnd'];
};

/** Render the quiz until it ends; resolves with how it ended. */
export async function runQuiz({ color, onEnd, ...props }: RunQuizOptions): Promise<EndReason> {
	let reason: EndReason = 'quit';
	// Ctrl+C is the quiz's own key: it saves, shows the summary and exits 130.
	const instance = render(
		<ThemeContext.Provider value={createTheme(color)}>
			<QuizApp
				{...props}
				onEnd={(state, how) => {
					reason = how;
					onEnd(state, how);
				}}
			/>
		</ThemeContext.Provider>,
		{ exitOnCtrlC: false },
	);
	await instance.waitUntilExit();
	return reason;
}
