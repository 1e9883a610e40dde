import type { CommandIo } from './io.js';

/**
 * A screen (the trainer, the review) needs a terminal at both ends, and not a CI run (where Ink draws only a final frame).
 * CI=false or CI=0 count as unset.
 */
export function isInteractive(io: CommandIo): boolean {
	const ci = io.env.CI;
	const inCi = ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
	return io.stdin.isTTY === true && io.stdout.isTTY === true && !inCi;
}
