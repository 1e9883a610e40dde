const ticks = '▁▂▃▄▅▆▇█';

/** One block per value from 0 to 1, low to high: `▂▅█▃`. */
export function sparkline(values: readonly number[]): string {
	return values
		.map((value) => {
			const clamped = Math.min(1, Math.max(0, value));
			return ticks[Math.round(clamped * (ticks.length - 1))];
		})
		.join('');
}

/** A bar `width` columns wide, filled by `value` from 0 to 1: `██████░░░░`. */
export function bar(value: number, width: number): string {
	const filled = Math.round(Math.min(1, Math.max(0, value)) * width);
	return '█'.repeat(filled) + '░'.repeat(width - filled);
}
