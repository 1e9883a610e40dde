import type { StudentState } from '../../live/student-state.js';
import { renderUntilExit } from '../render-until-exit.js';
import { JoinApp, type JoinAppProps, type JoinExit } from './join-app.js';

export type RunJoinOptions = Omit<JoinAppProps, 'onExit'> & { readonly color: boolean };

/** How a student left, and their screen's last state. */
export type JoinEnd = { how: JoinExit; state: StudentState | undefined };

/** Renders the student's screen until they leave; resolves with how, and the last state. */
export function runJoin({ color, ...props }: RunJoinOptions): Promise<JoinEnd> {
	return renderUntilExit<JoinEnd>(
		(onExit) => <JoinApp {...props} onExit={(how, state) => onExit({ how, state })} />,
		color,
		{ how: 'left', state: undefined },
	);
}
