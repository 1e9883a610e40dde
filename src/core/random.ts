/** A source of numbers in [0, 1), so shuffles can be replayed from a seed. */
export type Rng = () => number;

/** A deterministic generator (mulberry32) seeded from any string or number. */
export function seededRng(seed: string | number): Rng {
	let state = hashSeed(String(seed));
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a over UTF-16 code units: a stable 32-bit hash of a seed text. */
export function hashSeed(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** A shuffled copy (Fisher–Yates); the input is left as it was. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
	}
	return copy;
}
