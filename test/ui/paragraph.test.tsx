import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { Paragraph } from '../../src/ui/components/paragraph.js';
import { createTheme } from '../../src/ui/theme.js';
import { ThemeContext } from '../../src/ui/theme-context.js';

const plainTheme = createTheme(false);

describe('Paragraph', () => {
	it('wraps words flush left at its width, the marked span in guillemets', () => {
		const ui = render(
			<ThemeContext.Provider value={plainTheme}>
				<Paragraph
					width={16}
					runs={[
						{ text: 'The summit was held in ' },
						{ text: 'Samarkand', isMarked: true },
						{ text: ' in September 2022.' },
					]}
				/>
			</ThemeContext.Provider>,
		);
		expect(ui.lastFrame()?.split('\n')).toEqual([
			'The summit was',
			'held in',
			'«Samarkand» in',
			'September 2022.',
		]);
		ui.unmount();
	});

	it('shows a screenful of a 1 MB text, cut with a note of what is left out', () => {
		const text = 'the summit was held in Samarkand '.repeat(30_303);
		const ui = render(
			<ThemeContext.Provider value={plainTheme}>
				<Paragraph runs={[{ text }]} width={80} />
			</ThemeContext.Provider>,
		);
		const lines = ui.lastFrame()?.split('\n') ?? [];
		// A screenful of ink-testing-library's stream (100 columns, 24 rows assumed) at most.
		expect(lines.length).toBeLessThanOrEqual(2400 / 60);
		expect(lines[0]).toBe(
			'the summit was held in Samarkand the summit was held in Samarkand the summit was',
		);
		expect(lines.at(-2)).toMatch(/…$/);
		const note = lines.at(-1)?.match(/^\(([\d,]+) more characters not shown\)$/);
		expect(Number(note?.[1]?.replaceAll(',', ''))).toBeGreaterThan(text.length - 2400 - 1);
		ui.unmount();
	});
});
