import { Box, type DOMElement, measureElement, Text } from 'ink';
import { type ReactNode, useEffect, useRef } from 'react';
import { useSyncReducer } from '../hooks/use-sync-reducer.js';
import { useKeys } from '../key-router.js';
import { useTheme } from '../theme-context.js';
import { isScrollable, scrollAction, scrollReducer } from './scroll-state.js';

export type ScrollBoxProps = {
	/** Rows the box may take, its scroll line included; unlimited (no clipping) when absent. */
	readonly height?: number;
	readonly isActive: boolean;
	readonly children: ReactNode;
};

/**
 * Content that scrolls with ↑↓ PgUp PgDn Home End when taller than `height`: it is laid out in
 * full, measured, and shown through a clipped window, with a line saying where the window is.
 */
export function ScrollBox({ height, isActive, children }: ScrollBoxProps) {
	const theme = useTheme();
	const content = useRef<DOMElement>(null);
	const [state, dispatch] = useSyncReducer(scrollReducer, () => ({
		offset: 0,
		content: 0,
		viewport: height ?? 0,
	}));
	// Measuring reads Ink's layout after it is drawn; the window follows on the next frame.
	useEffect(() => {
		if (!content.current || height === undefined) return;
		const rows = measureElement(content.current).height;
		dispatch({ type: 'measure', content: rows, viewport: rows > height ? height - 1 : height });
	});
	const isClipped = height !== undefined && isScrollable(state);
	useKeys(
		(input, key) => {
			const action = scrollAction(input, key);
			if (action) dispatch(action);
			return action !== undefined;
		},
		{ isActive: isActive && isClipped },
	);
	if (height === undefined) return <Box flexDirection="column">{children}</Box>;
	const last = Math.min(state.content, state.offset + state.viewport);
	// Until measured, clip to the full height so a first frame never outgrows the terminal.
	const windowHeight = isClipped ? state.viewport : state.content === 0 ? height : undefined;
	return (
		<Box flexDirection="column">
			<Box height={windowHeight} overflowY="hidden" flexDirection="column">
				<Box ref={content} flexDirection="column" flexShrink={0} marginTop={-state.offset}>
					{children}
				</Box>
			</Box>
			{isClipped ? (
				// One row always, so the window's height adds up on a narrow terminal too.
				<Text color={theme.muted} wrap="truncate-end">
					{state.offset > 0 ? '↑' : ' '}
					{last < state.content ? '↓' : ' '} lines {state.offset + 1}–{last} of {state.content} · ↑↓
					PgUp PgDn scroll
				</Text>
			) : null}
		</Box>
	);
}
