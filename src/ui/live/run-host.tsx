import { type RunOptions, runApp } from '../render-until-exit.js';
import { HostApp, type HostAppProps, type HostExit } from './host-app.js';

export type RunHostOptions = RunOptions<HostAppProps>;

/** Renders the host screen until the teacher leaves; Ctrl+C ends the session and saves first. */
export const runHost = (options: RunHostOptions): Promise<HostExit> =>
	runApp<HostExit, HostAppProps>(HostApp, options, 'quit');
