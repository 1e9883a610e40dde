// How a question with a list (choices, part B's lines, an order's items) fits the rows it has.

/** Rows each part of the question screen takes when shown in full. */
export type QuestionRows = {
	readonly prompt: number;
	/** The hint under the prompt (0 when it does not show). */
	readonly hint: number;
	/** The list with every entry in full. */
	readonly list: number;
	/** The list with each entry on one row but the focused one, at its longest. */
	readonly compactList: number;
	/** The key hints (and a line above them, such as "Part B of 2"). */
	readonly keys: number;
};

/** How the question screen fits its rows. */
export type QuestionLayout = {
	/** Rows of the prompt shown; a longer prompt is cut (with …). */
	readonly promptRows: number;
	/** Each entry but the focused one on one row. */
	readonly isCompact: boolean;
	/** Blank rows between the parts. */
	readonly gap: 0 | 1;
};

/**
 * The fullest layout that fits `height` rows: blank rows between the parts go first, then the
 * entries shorten to one row each (the focused one stays whole), then the prompt is cut; the
 * list and the keys always show.
 */
export function questionLayout(height: number | undefined, rows: QuestionRows): QuestionLayout {
	const gaps = rows.hint > 0 ? 3 : 2;
	const full = { promptRows: rows.prompt, isCompact: false, gap: 1 } as const;
	if (height === undefined) return full;
	const fixed = rows.prompt + rows.hint + rows.keys;
	for (const isCompact of [false, true]) {
		const list = isCompact ? rows.compactList : rows.list;
		for (const gap of [1, 0] as const) {
			if (fixed + list + gaps * gap <= height) return { promptRows: rows.prompt, isCompact, gap };
		}
	}
	const left = height - rows.hint - rows.keys - rows.compactList;
	return { promptRows: Math.max(1, Math.min(rows.prompt, left)), isCompact: true, gap: 0 };
}
