import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** The terminal's width in columns, kept current on resize. */
export function useTerminalWidth(fallback = 80): number {
	const { stdout } = useStdout();
	const [width, setWidth] = useState(stdout.columns || fallback);
	useEffect(() => {
		const onResize = () => setWidth(stdout.columns || fallback);
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout, fallback]);
	return width;
}
