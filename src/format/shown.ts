import { safeText } from '../core/safe-text.js';

/** Text someone else wrote (an answer, a name, a file name), made safe to show on one line. */
export function shown(text: string): string {
	return safeText(text, { line: true });
}
