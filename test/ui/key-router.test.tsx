import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { KeyRouter, useKeys } from '../../src/ui/key-router.js';
import { waitFor } from './helpers.js';
import { afterEffects } from './live-helpers.js';

/** A component that consumes the keys in `takes`, and notes every key it sees. */
function Layer({ takes, seen }: { readonly takes: string; readonly seen: string[] }) {
	useKeys(
		(input) => {
			seen.push(input);
			return takes.includes(input);
		},
		{ isActive: true },
	);
	return <Text>layer</Text>;
}

describe('the key router', () => {
	it('gives a key to the screen’s commands only when no component consumed it', async () => {
		const layer: string[] = [];
		const commands: string[] = [];
		const ui = render(
			<KeyRouter onKey={(input) => commands.push(input)} isActive>
				<Layer takes="ab" seen={layer} />
			</KeyRouter>,
		);
		await afterEffects();
		for (const key of 'axb') ui.stdin.write(key);
		await waitFor(() => expect(layer).toEqual(['a', 'x', 'b']));
		expect(commands).toEqual(['x']);
		ui.unmount();
	});

	it('outside a router, a component hears its keys alone', async () => {
		const seen: string[] = [];
		const ui = render(<Layer takes="" seen={seen} />);
		await afterEffects();
		ui.stdin.write('z');
		await waitFor(() => expect(seen).toEqual(['z']));
		ui.unmount();
	});
});
