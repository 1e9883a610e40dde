import type { Style } from './style.js';

/** How a verdict reads: its mark, its words and its tone (a screen's colour for it). */
type VerdictLabel = {
	readonly mark: '✓' | '~' | '✗';
	readonly words: string;
	readonly tone: 'right' | 'almost' | 'wrong';
};

/**
 * The one wording of a verdict: right, right with a slip allowed, almost, partly right (some of
 * an order in place, or part A of a two-part question right and part B not), or wrong.
 */
export function verdictLabel(verdict: { readonly correct: boolean; readonly kind: string }) {
	const isSlip = verdict.kind === 'near-miss';
	if (verdict.correct) {
		const words = isSlip ? 'right (one slip allowed)' : 'right';
		return { mark: '✓', words, tone: 'right' } as const satisfies VerdictLabel;
	}
	if (isSlip) {
		return { mark: '~', words: 'almost — check the spelling', tone: 'almost' } as const;
	}
	if (verdict.kind === 'partial') {
		return { mark: '~', words: 'partly right', tone: 'almost' } as const;
	}
	return { mark: '✗', words: 'wrong', tone: 'wrong' } as const;
}

/** `✓ Right (one slip allowed)`: the label as a screen's heading. */
export function verdictHeading(label: VerdictLabel): string {
	return `${label.mark} ${label.words[0]?.toUpperCase()}${label.words.slice(1)}`;
}

/** The label's text in its tone's colour: green, yellow or red. */
export function paintVerdict(label: VerdictLabel, text: string, style: Style): string {
	const paint = { right: style.green, almost: style.yellow, wrong: style.red }[label.tone];
	return paint(text);
}
