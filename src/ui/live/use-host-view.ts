import { useMemo, useSyncExternalStore } from 'react';
import { throttledView, type ViewSource } from '../../live/screen-view.js';

/** How often joins and answers may redraw the host screen, at most. */
const redrawEveryMs = 50;

/**
 * The session's state as the host screen draws it: a new phase or question at once, joins and
 * answers at most every 50 ms (see throttledView).
 */
export function useHostView(session: ViewSource) {
	const view = useMemo(() => throttledView(session, redrawEveryMs), [session]);
	return useSyncExternalStore(view.subscribe, view.getState);
}
