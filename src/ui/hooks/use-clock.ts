import { useEffect, useState } from 'react';

/** The time, ticking every `everyMs` while active (for a countdown); still when inactive. */
export function useClock(isActive: boolean, now: () => number, everyMs = 1000): number {
	const [time, setTime] = useState(now);
	useEffect(() => {
		if (!isActive) return;
		setTime(now());
		const timer = setInterval(() => setTime(now()), everyMs);
		return () => clearInterval(timer);
	}, [isActive, now, everyMs]);
	return time;
}
