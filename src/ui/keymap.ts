import type { Key } from 'ink';

/** Every key the quiz reacts to, as data: the screens show these labels. */
export const keymap = {
	up: { label: '↑', matches: (_input: string, key: Key) => key.upArrow },
	down: { label: '↓', matches: (_input: string, key: Key) => key.downArrow },
	choose: { label: 'Enter', matches: (_input: string, key: Key) => key.return },
	next: {
		label: 'Enter',
		matches: (input: string, key: Key) => key.return || input === ' ' || key.rightArrow,
	},
	/** Quit keeps what was answered; in a text field only Esc quits, so `q` can be typed. */
	quit: { label: 'q', matches: (input: string, key: Key) => input === 'q' || key.escape },
	quitFromText: { label: 'Esc', matches: (_input: string, key: Key) => key.escape },
	interrupt: { label: 'Ctrl+C', matches: (input: string, key: Key) => key.ctrl && input === 'c' },
	/** Live session host: show the answer now, before the time is up. */
	reveal: { label: 'r', matches: (input: string, _key: Key) => input === 'r' },
} as const;

/** A 1-based choice number typed as a digit, or undefined. */
export function choiceNumber(input: string, count: number): number | undefined {
	if (!/^[1-9]$/.test(input)) return undefined;
	const number = Number(input);
	return number <= count ? number : undefined;
}

/** The hint line a screen shows, e.g. "↑↓ move · 1-4 pick · Enter answer · q quit". */
export function hintLine(parts: readonly (readonly [string, string])[]): string {
	return parts.map(([key, action]) => `${key} ${action}`).join(' · ');
}
