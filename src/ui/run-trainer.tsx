import { render } from 'ink';
import { TrainerApp, type TrainerAppProps } from './app.js';
import type { EndReason } from './app-state.js';
import { createTheme } from './theme.js';
import { ThemeContext } from './theme-context.js';

export type RunTrainerOptions = Omit<TrainerAppProps, 'onExit'> & { readonly color: boolean };

/** Render the trainer until it closes; resolves with why it closed. */
export async function runTrainer({ color, ...props }: RunTrainerOptions): Promise<EndReason> {
	let reason: EndReason = 'quit';
	// Ctrl+C is the trainer's own key: it saves, shows the summary and exits 130.
	const instance = render(
		<ThemeContext.Provider value={createTheme(color)}>
			<TrainerApp
				{...props}
				onExit={(how) => {
					reason = how;
				}}
			/>
		</ThemeContext.Provider>,
		{ exitOnCtrlC: false },
	);
	await instance.waitUntilExit();
	return reason;
}
