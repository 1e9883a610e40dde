import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { AnswerField, submittedText } from '../../src/ui/components/answer-field.js';
import { afterEffects, frameMatching } from './helpers.js';

describe('the answer field', () => {
	it.each([
		['5000', undefined],
		['5000\r', '5000'],
		['two words\n', 'two words'],
		['a\rb', 'a'],
		['\r', ''],
	])('reads %j as submitted %j', (value, expected) => {
		expect(submittedText(value)).toBe(expected);
	});

	it('submits text and Enter that arrive in one burst, and keeps the text to edit', async () => {
		const onSubmit = vi.fn();
		const app = render(
			<AnswerField isActive placeholder="type" error={undefined} onSubmit={onSubmit} />,
		);
		await frameMatching(app, /› type/);
		await afterEffects();
		app.stdin.write('140 billion\r');
		await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledWith('140 billion'));
		expect(onSubmit).toHaveBeenCalledTimes(1);
		const frame = await frameMatching(app, /› 140 billion/);
		expect(frame).not.toMatch(/\r/);
		await afterEffects();
		app.stdin.write('!');
		await frameMatching(app, /› 140 billion!/);
	});
});
