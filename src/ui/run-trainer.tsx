import { TrainerApp, type TrainerAppProps } from './app.js';
import type { EndReason } from './app-state.js';
import { renderUntilExit } from './render-until-exit.js';

export type RunTrainerOptions = Omit<TrainerAppProps, 'onExit'> & { readonly color: boolean };

/** Render the trainer until it closes; resolves with why it closed. */
export function runTrainer({ color, ...props }: RunTrainerOptions): Promise<EndReason> {
	// Ctrl+C is the trainer's own key: it saves, shows the summary and exits 130.
	return renderUntilExit<EndReason>(
		(onExit) => <TrainerApp {...props} onExit={onExit} />,
		color,
		'quit',
	);
}
