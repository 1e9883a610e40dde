import { render } from 'ink';
import type { ReactElement } from 'react';
import { createTheme } from './theme.js';
import { ThemeContext } from './theme-context.js';

/**
 * Renders an app, themed, until it closes; resolves with what it last reported through the
 * `onExit` it is given (`initial` if it reported nothing). Ctrl+C is the app's own key: each
 * app saves what it must before it leaves.
 */
export async function renderUntilExit<T>(
	app: (onExit: (exit: T) => void) => ReactElement,
	color: boolean,
	initial: T,
): Promise<T> {
	let exit = initial;
	const instance = render(
		<ThemeContext.Provider value={createTheme(color)}>
			{app((reported) => {
				exit = reported;
			})}
		</ThemeContext.Provider>,
		{ exitOnCtrlC: false },
	);
	await instance.waitUntilExit();
	return exit;
}
