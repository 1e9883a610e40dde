// The order a student builds (typed letters, moved items) and the order question at 40 columns.
import { Box } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { KeyRouter } from '../../src/ui/key-router.js';
import { StudentQuestionScreen } from '../../src/ui/live/student-question-screen.js';
import { createTheme } from '../../src/ui/theme.js';
import { ThemeContext } from '../../src/ui/theme-context.js';
import { frameMatching, orderOnScreen } from './live-helpers.js';

describe('an order question at 40 columns', () => {
	it('fits every line, items lettered and numbered, and says how to answer', async () => {
		const question = orderOnScreen(1);
		const app = render(
			<ThemeContext.Provider value={createTheme(false)}>
				<KeyRouter onKey={() => {}} isActive>
					{/* The student's screen is a box as wide as the terminal. */}
					<Box width={40}>
						<StudentQuestionScreen
							question={question}
							remainingMs={20_000}
							error={undefined}
							isActive
							width={40}
							onAnswer={() => {}}
						/>
					</Box>
				</KeyRouter>
			</ThemeContext.Provider>,
		);
		const frame = await frameMatching(app, /your order: a, b, c, d/);
		const lines = frame.split('\n');
		for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(40);
		expect(frame).toContain('❯ 1. a) Xi meets Kazakh President');
		expect(frame).toMatch(/4\. d\) Putin praises China’s/);
		expect(frame).toMatch(/a-d put next/);
		app.unmount();
	});
});
