/** What a lock file in the way was found to be. */
export type LockFinding =
	| { readonly kind: 'released' }
	/** Holds "<pid> <uuid>", as quizline writes it: abandoned when old or its process is gone. */
	| { readonly kind: 'held'; readonly content: string; readonly ageMs: number }
	/** Empty or cut short: from a writer (of an older quizline) killed while filling it. */
	| { readonly kind: 'partial'; readonly content: string; readonly ageMs: number }
	/** Garbage, or a folder or other non-file: nothing quizline writes, so nothing to wait for. */
	| { readonly kind: 'foreign'; readonly content: string | undefined };

const token = /^\d+ [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// Every prefix of a token: digits, then a space and the start of a uuid.
const tokenPrefix = /^(\d+( [0-9a-f-]{0,35})?)?$/;

/** Sorts the content of a lock file (undefined: not a readable file) into a finding. */
export function judgeLockContent(content: string | undefined, ageMs: number): LockFinding {
	if (content === undefined) return { kind: 'foreign', content };
	if (token.test(content)) return { kind: 'held', content, ageMs };
	if (tokenPrefix.test(content)) return { kind: 'partial', content, ageMs };
	return { kind: 'foreign', content };
}

/** Limits for judging a lock abandoned. */
export type StaleLimits = {
	/** A well-formed lock older than this is abandoned even if its process lives. */
	readonly staleMs: number;
	/** Whether the process with this id has ended. */
	readonly isGone: (pid: number) => boolean;
};

/** A partial lock gets this long to be filled (an older quizline wrote it in two steps). */
const partialGraceMs = 1000;

/** Whether the lock may be taken over. */
export function isAbandoned(finding: LockFinding, limits: StaleLimits): boolean {
	switch (finding.kind) {
		case 'released':
			return false;
		case 'foreign':
			return true;
		case 'held':
			return finding.ageMs > limits.staleMs || holderIsGone(finding.content, limits);
		case 'partial':
			return finding.ageMs > partialGraceMs || holderIsGone(finding.content, limits);
	}
}

function holderIsGone(content: string, limits: StaleLimits): boolean {
	const pid = Number.parseInt(content, 10);
	return Number.isSafeInteger(pid) && pid > 0 && limits.isGone(pid);
}
