import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { WrappedLine } from '../../src/ui/components/wrapped-line.js';
import { StatsScreen } from '../../src/ui/screens/stats-screen.js';
import { createTheme } from '../../src/ui/theme.js';
import { ThemeContext } from '../../src/ui/theme-context.js';

const plain = createTheme(false);
const lines = (frame: string | undefined) => (frame ?? '').split('\n');

describe('WrappedLine', () => {
	it('hangs wrapped rows under the text after its lead, every row flush', () => {
		const { lastFrame } = render(
			<WrappedLine lead="❯ 1. " text="in small, orderly groups over many days" width={20} />,
		);
		expect(lines(lastFrame())).toEqual([
			'❯ 1. in small,',
			'     orderly groups',
			'     over many days',
		]);
	});

	it('cuts to its rows with an ellipsis', () => {
		const { lastFrame } = render(<WrappedLine text="one two three four" width={9} maxRows={1} />);
		expect(lastFrame()).toBe('one two…');
	});
});

describe('StatsScreen', () => {
	it('keeps the columns of a table and wraps a long line under its own indent', () => {
		const weakest = `    0% vocab: ${'a long prompt '.repeat(9).trim()}`;
		const { lastFrame } = render(
			<ThemeContext.Provider value={plain}>
				<StatsScreen lines={['By tag:', '  economy     ░░░░  50%', weakest]} height={20} isActive />
			</ThemeContext.Provider>,
		);
		const shown = lines(lastFrame());
		expect(shown).toContain('  economy     ░░░░  50%');
		const at = shown.findIndex((line) => line.startsWith('    0% vocab'));
		expect(shown[at + 1]).toMatch(/^ {4}\S/);
		for (const line of shown) expect(line.length).toBeLessThanOrEqual(100);
	});
});
