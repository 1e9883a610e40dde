import { render } from 'ink';
import type { StudentState } from '../../live/student-state.js';
import { createTheme } from '../theme.js';
import { ThemeContext } from '../theme-context.js';
import { JoinApp, type JoinAppProps, type JoinExit } from './join-app.js';

export type RunJoinOptions = Omit<JoinAppProps, 'onExit'> & { readonly color: boolean };

/** Renders the student's screen until they leave; resolves with how, and the last state. */
export async function runJoin({
	color,
	...props
}: RunJoinOptions): Promise<{ how: JoinExit; state: StudentState | undefined }> {
	let how: JoinExit = 'left';
	let last: StudentState | undefined;
	const instance = render(
		<ThemeContext.Provider value={createTheme(color)}>
			<JoinApp
				{...props}
				onExit={(reason, state) => {
					how = reason;
					last = state;
				}}
			/>
		</ThemeContext.Provider>,
		{ exitOnCtrlC: false },
	);
	await instance.waitUntilExit();
	return { how, state: last };
}
