import { plural } from '../format/plural.js';
import { type Bucket, isIdle, type RateRule, take, waitMs } from './rate-limit.js';

/** How many wrong join codes a session takes before it holds joins back unread. */
export const joinLimits = {
	/** From one address: 5 a minute, then a hold of 2 s, 4 s, 8 s … up to 10 minutes. */
	perAddress: { burst: 5, refillMs: 12_000, penalty: { firstMs: 2_000, maxMs: 600_000 } },
	/** From all addresses together: 60 a minute, then 1 s, 2 s … up to a minute. */
	overall: { burst: 60, refillMs: 1_000, penalty: { firstMs: 1_000, maxMs: 60_000 } },
	/** Addresses remembered at most; the one longest unseen is forgotten first. */
	addresses: 1024,
} as const satisfies Record<string, RateRule | number>;

/** Wrong join codes per address and in all, and what the host is told about them. */
export type JoinGuard = {
	readonly addresses: ReadonlyMap<string, Bucket>;
	readonly overall: Bucket | undefined;
	/** Joins refused for a wrong code. */
	readonly wrongCodes: number;
	/** Joins refused unread while their address, or the session, was held. */
	readonly heldBack: number;
	/** Connections cut off for sending too many messages, and the last one's name if it had joined. */
	readonly flooders: number;
	readonly lastFlooder: string | undefined;
};

/** A guard that has seen nothing. */
export const openGuard: JoinGuard = {
	addresses: new Map(),
	overall: undefined,
	wrongCodes: 0,
	heldBack: 0,
	flooders: 0,
	lastFlooder: undefined,
};

/** A hold on joins: how long it lasts, and whether the address or the whole session is held. */
export type JoinHold = { readonly ms: number; readonly scope: 'address' | 'session' };

/** Whether a join from `from` at `at` is held back unread, and for how long. */
export function joinHold(guard: JoinGuard, from: string, at: number): JoinHold | undefined {
	const address = waitMs(guard.addresses.get(from), at);
	const session = waitMs(guard.overall, at);
	if (address === 0 && session === 0) return undefined;
	return address >= session ? { ms: address, scope: 'address' } : { ms: session, scope: 'session' };
}

/** The guard after a wrong code from `from` at `at`. */
export function afterWrongCode(guard: JoinGuard, from: string, at: number): JoinGuard {
	const rule = joinLimits.perAddress;
	const addresses = new Map(guard.addresses);
	const bucket = take(addresses.get(from), at, rule).bucket;
	addresses.delete(from); // re-inserted last: Map order is then the order last seen
	addresses.set(from, bucket);
	for (const [address, old] of addresses) {
		if (addresses.size <= joinLimits.addresses && !isIdle(old, at, rule)) break;
		addresses.delete(address);
	}
	return {
		...guard,
		addresses,
		overall: take(guard.overall, at, joinLimits.overall).bucket,
		wrongCodes: guard.wrongCodes + 1,
	};
}

/** The guard after a join was held back. */
export function afterHeldBack(guard: JoinGuard): JoinGuard {
	return { ...guard, heldBack: guard.heldBack + 1 };
}

/** The guard after a connection was cut off for flooding; `name` if it had joined. */
export function afterFlood(guard: JoinGuard, name: string | undefined): JoinGuard {
	return { ...guard, flooders: guard.flooders + 1, lastFlooder: name ?? guard.lastFlooder };
}

/** One line for the host, e.g. "12 wrong codes refused"; undefined when nothing happened. */
export function describeGuard(guard: JoinGuard): string | undefined {
	const { wrongCodes, heldBack, flooders, lastFlooder } = guard;
	const parts = [
		wrongCodes > 0 ? `${plural(wrongCodes, 'wrong code')} refused` : '',
		heldBack > 0 ? `${plural(heldBack, 'join')} held back (too many wrong codes)` : '',
		flooders > 0
			? `${plural(flooders, 'connection')} dropped for flooding${lastFlooder ? ` (last: ${lastFlooder})` : ''}`
			: '',
	].filter(Boolean);
	return parts.length > 0 ? parts.join(' · ') : undefined;
}
