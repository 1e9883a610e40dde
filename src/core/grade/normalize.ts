const articles = new Set(['a', 'an', 'the']);

/**
 * Reduce free text to what grading compares: no case, accents, punctuation, articles or
 * extra spaces. "The  Kremlin’s" and "kremlins" come out alike.
 */
export function normalizeText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLocaleLowerCase('en')
		.replace(/[’‘`´']/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.split(' ')
		.filter((word) => word.length > 0 && !articles.has(word))
		.join(' ');
}

/** Damerau–Levenshtein distance (adjacent swaps cost one), for spotting slips. */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) =>
		Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, at(i - 2, j - 2) + 1);
			}
			(d[i] as number[])[j] = best;
		}
	}
	return at(a.length, b.length);
}

/** The one word that differs by a single edit, when it is long enough to count as a slip. */
export function findSlip(
	given: string,
	expected: string,
	minLength = 5,
): { typed: string; expected: string } | undefined {
	const typedWords = given.split(' ');
	const expectedWords = expected.split(' ');
	if (typedWords.length !== expectedWords.length) return undefined;
	const differing = expectedWords.flatMap((word, index) =>
		word === typedWords[index] ? [] : [{ typed: typedWords[index] ?? '', expected: word }],
	);
	const [only] = differing;
	if (differing.length !== 1 || !only) return undefined;
	if (only.expected.length < minLength) return undefined;
	return editDistance(only.typed, only.expected) === 1 ? only : undefined;
}
