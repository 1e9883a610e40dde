import { useCallback, useRef, useState } from 'react';

/**
 * `useReducer` whose latest state can be read synchronously. Keys that arrive in one burst
 * (↓ then Enter, as a fast typist or a terminal paste sends them) are handled in one tick,
 * before React re-renders: a handler reading render-time state would act on the old one.
 */
export function useSyncReducer<S, A>(
	reducer: (state: S, action: A) => S,
	initial: () => S,
): [S, (action: A) => S, () => S] {
	const latest = useRef<S | undefined>(undefined);
	if (latest.current === undefined) latest.current = initial();
	const [state, setState] = useState<S>(latest.current);
	const dispatch = useCallback(
		(action: A) => {
			const next = reducer(latest.current as S, action);
			latest.current = next;
			setState(next);
			return next;
		},
		[reducer],
	);
	const read = useCallback(() => latest.current as S, []);
	return [state, dispatch, read];
}
