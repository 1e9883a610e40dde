import { type Key, useInput } from 'ink';
import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';

/** Handles a key; true when it acted on it, so no other layer does. */
export type KeyHandler = (input: string, key: Key) => boolean;

type Layers = Set<{ readonly current: KeyHandler }>;

const LayersContext = createContext<Layers | undefined>(undefined);

export type KeyRouterProps = {
	/** The screen's own commands: a key no active component consumed comes here. */
	readonly onKey: (input: string, key: Key) => void;
	/** Told when an active component consumed a key. */
	readonly onConsumed?: () => void;
	readonly isActive: boolean;
	readonly children: ReactNode;
};

/**
 * One listener for a whole app. Ink hands each key to every `useInput`, in no set order: a key
 * a component acted on (the Enter that answered) would also be a command on the screen it led
 * to (the Enter that skips the feedback). Here the active components see a key first, and the
 * screen's commands only get it when none of them consumed it.
 */
export function KeyRouter({ onKey, onConsumed, isActive, children }: KeyRouterProps) {
	const layers = useRef<Layers>(new Set()).current;
	// The latest render's commands: a handler kept from an earlier frame would act on old state.
	const commands = useRef({ onKey, onConsumed });
	commands.current = { onKey, onConsumed };
	useInput(
		(input, key) => {
			for (const layer of layers) {
				if (layer.current(input, key)) return commands.current.onConsumed?.();
			}
			commands.current.onKey(input, key);
		},
		{ isActive },
	);
	return <LayersContext.Provider value={layers}>{children}</LayersContext.Provider>;
}

/**
 * A component's keys: under a router they come before the screen's commands, and a key the
 * handler consumes (returns true for) goes no further; outside one they are heard alone.
 */
export function useKeys(handler: KeyHandler, { isActive }: { readonly isActive: boolean }): void {
	const layers = useContext(LayersContext);
	const latest = useRef(handler);
	latest.current = handler;
	useEffect(() => {
		if (!layers || !isActive) return;
		const layer = { current: (input: string, key: Key) => latest.current(input, key) };
		layers.add(layer);
		return () => {
			layers.delete(layer);
		};
	}, [layers, isActive]);
	useInput(
		(input, key) => {
			handler(input, key);
		},
		{ isActive: isActive && layers === undefined },
	);
}
