/**
 * How often something may happen: a bucket of `burst` tokens that earns one back every
 * `refillMs`. With a `penalty`, a try on an empty bucket blocks the next ones for a delay that
 * doubles with each such try (first, 2 × first, … up to max), until the bucket has been left
 * alone for a whole `burst × refillMs` after its last block.
 */
export type RateRule = {
	readonly burst: number;
	readonly refillMs: number;
	readonly penalty?: { readonly firstMs: number; readonly maxMs: number };
};

/** What a bucket remembers; `undefined` stands for a full one never used. */
export type Bucket = {
	readonly tokens: number;
	/** When `tokens` was counted. */
	readonly at: number;
	/** Tries on an empty bucket since it was last forgiven. */
	readonly strikes: number;
	/** No try is taken before this time. */
	readonly blockedUntil: number;
};

/** A try at `now`, and the bucket after it. */
export type Taken = { readonly ok: boolean; readonly bucket: Bucket };

/** How long (ms) from `now` until the bucket takes a try again; 0 when it is not blocked. */
export function waitMs(bucket: Bucket | undefined, now: number): number {
	return bucket ? Math.max(0, bucket.blockedUntil - now) : 0;
}

/** Takes one token at `now` if there is one; otherwise a strike, and with a penalty a block. */
export function take(bucket: Bucket | undefined, now: number, rule: RateRule): Taken {
	if (bucket && now < bucket.blockedUntil) return { ok: false, bucket };
	const current = refill(bucket, now, rule);
	if (current.tokens >= 1) return { ok: true, bucket: { ...current, tokens: current.tokens - 1 } };
	const strikes = current.strikes + 1;
	const { penalty } = rule;
	const delay = penalty ? Math.min(penalty.maxMs, penalty.firstMs * 2 ** (strikes - 1)) : 0;
	return { ok: false, bucket: { ...current, strikes, blockedUntil: now + delay } };
}

/** Whether the bucket is back to a full, forgiven one: it may be forgotten. */
export function isIdle(bucket: Bucket | undefined, now: number, rule: RateRule): boolean {
	return !bucket || now - quietSince(bucket) >= rule.burst * rule.refillMs;
}

function refill(bucket: Bucket | undefined, now: number, rule: RateRule): Bucket {
	if (!bucket || isIdle(bucket, now, rule)) {
		return { tokens: rule.burst, at: now, strikes: 0, blockedUntil: 0 };
	}
	// Time spent blocked earns nothing back.
	const earned = Math.max(0, now - quietSince(bucket)) / rule.refillMs;
	return { ...bucket, tokens: Math.min(rule.burst, bucket.tokens + earned), at: now };
}

function quietSince(bucket: Bucket): number {
	return Math.max(bucket.at, bucket.blockedUntil);
}
