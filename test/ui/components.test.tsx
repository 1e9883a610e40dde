import type { Key } from 'ink';
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { ScrollBox } from '../../src/ui/components/scroll-box.js';
import { scrollReducer } from '../../src/ui/components/scroll-state.js';
import { textFieldEvents, textFieldReducer } from '../../src/ui/components/text-field-state.js';
import { createTheme } from '../../src/ui/theme.js';
import { ThemeContext } from '../../src/ui/theme-context.js';
import { keys, pressUntil, waitFor } from './helpers.js';

const key = (fields: Partial<Key> = {}) => ({ ...({} as Key), ...fields }) as Key;

describe('text field', () => {
	it('edits at the cursor, by characters', () => {
		let state = { value: '', cursor: 0 };
		state = textFieldReducer(state, { type: 'insert', text: 'Samrkand' });
		state = textFieldReducer(state, { type: 'left' });
		for (let i = 0; i < 4; i++) state = textFieldReducer(state, { type: 'left' });
		state = textFieldReducer(state, { type: 'insert', text: 'a' });
		expect(state).toEqual({ value: 'Samarkand', cursor: 4 });
		state = textFieldReducer({ value: 'né', cursor: 2 }, { type: 'erase' });
		expect(state).toEqual({ value: 'n', cursor: 1 });
		expect(textFieldReducer(state, { type: 'home' }).cursor).toBe(0);
	});

	it.each([
		['q', key(), [{ type: 'insert', text: 'q' }]],
		['?', key(), [{ type: 'insert', text: '?' }]],
		['g', key({ ctrl: true }), []],
		['', key({ tab: true }), []],
		['', key({ escape: true, meta: true }), []],
		['', key({ return: true }), [{ type: 'submit' }]],
		['', key({ delete: true }), [{ type: 'erase' }]],
		[
			'ab\u007fc\r',
			key(),
			[
				{ type: 'insert', text: 'ab' },
				{ type: 'erase' },
				{ type: 'insert', text: 'c' },
				{ type: 'submit' },
			],
		],
	])('%j makes %j', (input, pressed, events) => {
		expect(textFieldEvents(input, pressed)).toEqual(events);
	});
});

describe('scrolling', () => {
	const measured = scrollReducer(
		{ offset: 0, content: 0, viewport: 0 },
		{ type: 'measure', content: 50, viewport: 10 },
	);

	it('stays within the content', () => {
		expect(scrollReducer(measured, { type: 'by', rows: -1 }).offset).toBe(0);
		expect(scrollReducer(measured, { type: 'end' }).offset).toBe(40);
		expect(scrollReducer(measured, { type: 'page', pages: 1 }).offset).toBe(9);
		const atEnd = scrollReducer(measured, { type: 'end' });
		expect(scrollReducer(atEnd, { type: 'measure', content: 20, viewport: 10 }).offset).toBe(10);
	});

	it('shows a window of a tall content and scrolls it with the keys', async () => {
		const ui = render(
			<ThemeContext.Provider value={createTheme(false)}>
				<ScrollBox height={6} isActive>
					{Array.from({ length: 20 }, (_, i) => `row ${i + 1}`).map((row) => (
						<Text key={row}>{row}</Text>
					))}
				</ScrollBox>
			</ThemeContext.Provider>,
		);
		await waitFor(() => expect(ui.lastFrame()).toContain('lines 1–5 of 20'));
		expect(ui.lastFrame()).toContain('row 5');
		expect(ui.lastFrame()).not.toContain('row 6');
		await pressUntil(ui, keys.pageDown, () => expect(ui.lastFrame()).toContain('lines 5–9 of 20'));
		await pressUntil(ui, keys.end, () => expect(ui.lastFrame()).toContain('row 20'));
		expect(ui.lastFrame()?.split('\n')).toHaveLength(6);
		ui.unmount();
	});

	it('shows short content whole, with no scroll line', async () => {
		const ui = render(
			<ThemeContext.Provider value={createTheme(false)}>
				<ScrollBox height={6} isActive>
					<Text>only row</Text>
				</ScrollBox>
			</ThemeContext.Provider>,
		);
		await waitFor(() => expect(ui.lastFrame()).toBe('only row'));
		ui.unmount();
	});
});
