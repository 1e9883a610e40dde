// How a question with a list (choices, part B's lines, an order's items) fits the rows it has.

/** Rows each part of the question screen takes when shown in full. */
export type QuestionRows = {
	/** The line over a two-part question's prompt (0 for others); one row when cut. */
	readonly lead: number;
	readonly prompt: number;
	/** The hint under the prompt (0 when it does not show). */
	readonly hint: number;
	/** The list with every entry in full. */
	readonly list: number;
	/** The list with each entry on one row but the focused one, at its longest. */
	readonly compactList: number;
	/** How many entries the list has (its rows when each takes one). */
	readonly entries: number;
	/** The key hints (and a line above them, such as "Part B of 2"). */
	readonly keys: number;
};

/** How the question screen fits its rows. */
export type QuestionLayout = {
	/** Rows of the prompt shown; a longer prompt is cut (with …). */
	readonly promptRows: number;
	/** Rows of the line over the prompt. */
	readonly leadRows: number;
	/** Each entry but the focused one on one row. */
	readonly isCompact: boolean;
	/** Every entry on one row, the focused one too: nothing else would fit. */
	readonly isTight: boolean;
	/** Blank rows between the parts. */
	readonly gap: 0 | 1;
	/** False when even the tightest layout is taller than the rows given. */
	readonly fits: boolean;
};

/**
 * The fullest layout that fits `height` rows: blank rows between the parts go first, then the
 * entries shorten to one row each (the focused one stays whole), then the prompt is cut; the
 * list and the keys always show.
 */
export function questionLayout(height: number | undefined, rows: QuestionRows): QuestionLayout {
	const gaps = rows.hint > 0 ? 3 : 2;
	const whole = { promptRows: rows.prompt, leadRows: rows.lead, isTight: false, fits: true };
	if (height === undefined) return { ...whole, isCompact: false, gap: 1 };
	const fixed = rows.lead + rows.prompt + rows.hint + rows.keys;
	for (const isCompact of [false, true]) {
		const list = isCompact ? rows.compactList : rows.list;
		for (const gap of [1, 0] as const) {
			if (fixed + list + gaps * gap <= height) return { ...whole, isCompact, gap };
		}
	}
	const leadRows = Math.min(rows.lead, 1);
	const above = height - leadRows - rows.hint - rows.keys;
	const isTight = above - rows.compactList < 1;
	const left = above - (isTight ? rows.entries : rows.compactList);
	const promptRows = Math.max(1, Math.min(rows.prompt, left));
	return { promptRows, leadRows, isCompact: true, isTight, gap: 0, fits: left >= 1 };
}
