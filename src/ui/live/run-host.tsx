import { renderUntilExit } from '../render-until-exit.js';
import { HostApp, type HostAppProps, type HostExit } from './host-app.js';

export type RunHostOptions = Omit<HostAppProps, 'onExit'> & { readonly color: boolean };

/** Renders the host screen until the teacher leaves; resolves with how they left. */
export function runHost({ color, ...props }: RunHostOptions): Promise<HostExit> {
	// Ctrl+C is the host's own key: it ends the session and saves before leaving.
	return renderUntilExit<HostExit>(
		(onExit) => <HostApp {...props} onExit={onExit} />,
		color,
		'quit',
	);
}
