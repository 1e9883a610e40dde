import { describe, expect, it } from 'vitest';
import { questionLayout } from '../../src/ui/screens/question-layout.js';

// An order question at 40 columns: the prompt takes 2 rows, each item 2, the keys 2.
const rows = { lead: 0, prompt: 2, hint: 0, list: 8, compactList: 5, entries: 4, keys: 2 };

describe('questionLayout', () => {
	it('shows everything, with blank rows between, when it fits or the height is unknown', () => {
		expect(questionLayout(undefined, rows)).toMatchObject({ isCompact: false, gap: 1 });
		expect(questionLayout(14, rows)).toMatchObject({ promptRows: 2, isCompact: false, gap: 1 });
	});

	it('drops the blank rows first, then shortens the entries but the focused one', () => {
		expect(questionLayout(12, rows)).toMatchObject({ isCompact: false, gap: 0 });
		expect(questionLayout(9, rows)).toMatchObject({ promptRows: 2, isCompact: true, gap: 0 });
	});

	it('cuts the prompt, then every entry to a row, on a 40 × 12 terminal', () => {
		// 12 rows less the header (3) and the last line kept free (1).
		expect(questionLayout(8, rows)).toMatchObject({
			promptRows: 1,
			isCompact: true,
			isTight: false,
			fits: true,
		});
		// A notice line takes one more.
		expect(questionLayout(7, { ...rows, compactList: 6 })).toMatchObject({
			promptRows: 1,
			isTight: true,
			fits: true,
		});
	});

	it('keeps a two-part question’s line over the prompt to one row when cramped', () => {
		const layout = questionLayout(9, { ...rows, lead: 2 });
		expect(layout).toMatchObject({ leadRows: 1, promptRows: 1, isCompact: true, isTight: false });
		expect(layout.leadRows + layout.promptRows + rows.compactList + rows.keys).toBe(9);
	});

	it('never plans more rows than it has while it says it fits', () => {
		for (let height = 1; height <= 30; height++) {
			for (const lead of [0, 2]) {
				const input = { ...rows, lead };
				const layout = questionLayout(height, input);
				if (!layout.fits) continue;
				const list = layout.isTight
					? input.entries
					: layout.isCompact
						? input.compactList
						: input.list;
				const used = layout.leadRows + layout.promptRows + list + input.keys + 2 * layout.gap;
				expect(used, `height ${height}`).toBeLessThanOrEqual(height);
			}
		}
	});
});
