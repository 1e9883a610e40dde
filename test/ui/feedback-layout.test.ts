import { describe, expect, it } from 'vitest';
import { feedbackLayout } from '../../src/ui/screens/feedback-layout.js';

const rows = { prompt: 3, verdict: 3, body: 8, hints: 2 };

describe('feedbackLayout', () => {
	it('shows everything, with blank rows between, when it fits', () => {
		expect(feedbackLayout(19, rows)).toEqual({ promptRows: 3, bodyRows: undefined, gap: 1 });
	});

	it('lets the explanation and quote scroll before the prompt shortens', () => {
		expect(feedbackLayout(16, rows)).toEqual({ promptRows: 3, bodyRows: 5, gap: 1 });
		expect(feedbackLayout(12, rows)).toEqual({ promptRows: 1, bodyRows: 3, gap: 1 });
	});

	it('drops the blank rows, then the prompt, on a 40 × 12 terminal', () => {
		// 12 rows less the header (3) and the last line kept free (1).
		expect(feedbackLayout(8, rows)).toEqual({ promptRows: 0, bodyRows: 3, gap: 0 });
		expect(feedbackLayout(9, rows)).toEqual({ promptRows: 1, bodyRows: 3, gap: 0 });
	});

	it('always leaves the verdict and the keys their rows, whatever the height', () => {
		for (let height = 1; height <= 30; height++) {
			for (const verdict of [3, 4, 6]) {
				const layout = feedbackLayout(height, { ...rows, verdict });
				const body = layout.bodyRows ?? rows.body;
				const used = layout.promptRows + verdict + body + rows.hints + 3 * layout.gap;
				if (height >= verdict + rows.hints) expect(used).toBeLessThanOrEqual(height);
				expect(layout.promptRows).toBeGreaterThanOrEqual(0);
				expect(body === 0 || body >= 2).toBe(true);
			}
		}
	});
});
