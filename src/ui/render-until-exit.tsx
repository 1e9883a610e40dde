import { render } from 'ink';
import type { ComponentType, ReactElement, ReactNode } from 'react';
import { useRedrawOnResize } from './hooks/use-redraw-on-resize.js';
import { watchLineEnd } from './line-end.js';
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
	const lineEnd = watchLineEnd(process.stdout);
	const instance = render(
		<ThemeContext.Provider value={createTheme(color)}>
			<Redrawn>
				{app((reported) => {
					exit = reported;
				})}
			</Redrawn>
		</ThemeContext.Provider>,
		{ exitOnCtrlC: false },
	);
	await instance.waitUntilExit();
	lineEnd.stop();
	// What comes next (the shell's prompt, a last line) starts on a line of its own.
	if (!lineEnd.isAtLineStart()) process.stdout.write('\n');
	return exit;
}

/** An app that is drawn afresh when the terminal is resized. */
function Redrawn({ children }: { readonly children: ReactNode }) {
	useRedrawOnResize();
	return children;
}

/** How an app is run: its props but `onExit`, and whether to colour. */
export type RunOptions<P> = Omit<P, 'onExit'> & { readonly color: boolean };

/** Runs `App` until it closes; resolves with the reason it gave last (`initial` if none). */
export function runApp<T, P extends { readonly onExit: (exit: T) => void }>(
	App: ComponentType<P>,
	{ color, ...props }: RunOptions<P>,
	initial: T,
): Promise<T> {
	return renderUntilExit<T>(
		(onExit) => <App {...(props as unknown as P)} onExit={onExit} />,
		color,
		initial,
	);
}
