import { TrainerApp, type TrainerAppProps } from './app.js';
import type { EndReason } from './app-state.js';
import { type RunOptions, runApp } from './render-until-exit.js';

export type RunTrainerOptions = RunOptions<TrainerAppProps>;

/** Renders the trainer until it closes; resolves with why. Ctrl+C saves, shows the summary, exits 130. */
export const runTrainer = (options: RunTrainerOptions): Promise<EndReason> =>
	runApp(TrainerApp, options, 'quit');
