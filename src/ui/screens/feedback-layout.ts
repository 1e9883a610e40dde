/** Rows each part of the feedback screen takes when shown in full. */
export type FeedbackRows = {
	readonly prompt: number;
	/** Right or wrong, the answer given, a near miss's diff and the right answer. */
	readonly verdict: number;
	/** The explanation and the quote, with the blank row between them. */
	readonly body: number;
	readonly hints: number;
};

/** How the feedback screen fits the rows it has. */
export type FeedbackLayout = {
	/** Rows of the prompt shown; a longer prompt is cut. */
	readonly promptRows: number;
	/** Rows for the explanation and quote, their scroll line included; no limit when undefined,
	 * nothing shown when 0. */
	readonly bodyRows: number | undefined;
	/** Blank rows between the parts. */
	readonly gap: 0 | 1;
};

/** Rows the body needs to be worth showing: two of text and its scroll line. */
const smallestBody = 3;

/**
 * Where the rows go when the screen is `height` rows: the verdict and the keys always show in
 * full (issue 12: at 40 × 12 the verdict scrolled out of sight); then the explanation and quote
 * get room to scroll, the prompt what is left; the blank rows between parts go first.
 */
export function feedbackLayout(height: number, rows: FeedbackRows): FeedbackLayout {
	const parts = 3;
	if (rows.prompt + rows.verdict + rows.body + rows.hints + parts <= height) {
		return { promptRows: rows.prompt, bodyRows: undefined, gap: 1 };
	}
	for (const gap of [1, 0] as const) {
		const left = height - rows.verdict - rows.hints - parts * gap;
		const body = Math.min(rows.body, smallestBody);
		if (left >= body + 1) {
			const promptRows = Math.min(rows.prompt, left - body);
			return { promptRows, bodyRows: left - promptRows, gap };
		}
	}
	const left = height - rows.verdict - rows.hints;
	return { promptRows: 0, bodyRows: left >= 2 ? left : 0, gap: 0 };
}
