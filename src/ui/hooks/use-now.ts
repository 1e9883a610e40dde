import { useEffect, useRef, useState } from 'react';

/** The time from `now`, refreshed every `intervalMs` while `isActive` (for countdowns). */
export function useNow(now: () => number, intervalMs: number, isActive: boolean): number {
	const [time, setTime] = useState(now);
	// The latest clock, read by the timer, so a new function each render restarts nothing.
	const clock = useRef(now);
	clock.current = now;
	useEffect(() => {
		if (!isActive) return;
		setTime(clock.current());
		const timer = setInterval(() => setTime(clock.current()), intervalMs);
		return () => clearInterval(timer);
	}, [intervalMs, isActive]);
	return time;
}
