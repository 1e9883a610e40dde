import { render } from 'ink';
import { createTheme } from '../theme.js';
import { ThemeContext } from '../theme-context.js';
import { HostApp, type HostAppProps, type HostExit } from './host-app.js';

export type RunHostOptions = Omit<HostAppProps, 'onExit'> & { readonly color: boolean };

/** Renders the host screen until the teacher leaves; resolves with how they left. */
export async function runHost({ color, ...props }: RunHostOptions): Promise<HostExit> {
	let how: HostExit = 'quit';
	// Ctrl+C is the host's own key: it ends the session and saves before leaving.
	const instance = render(
		<ThemeContext.Provider value={createTheme(color)}>
			<HostApp
				{...props}
				onExit={(reason) => {
					how = reason;
				}}
			/>
		</ThemeContext.Provider>,
		{ exitOnCtrlC: false },
	);
	await instance.waitUntilExit();
	return how;
}
