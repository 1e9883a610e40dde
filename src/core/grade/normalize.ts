const articles = new Set(['a', 'an', 'the']);
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range starts at U+0000
const isAscii = /^[\u0000-\u007f]*$/;

/**
 * Reduce free text to what grading compares: no case, accents, punctuation, articles or
 * extra spaces. "The  Kremlin’s" and "kremlins" come out alike.
 */
export function normalizeText(text: string): string {
	// A class gives the same answers again and again: remember recent ones (a bounded memo).
	let normalized = recent.get(text);
	if (normalized === undefined) {
		if (recent.size >= 10_000) recent.clear();
		normalized = normalize(text);
		recent.set(text, normalized);
	}
	return normalized;
}

const recent = new Map<string, string>();

function normalize(text: string): string {
	// ASCII (most answers) needs no Unicode decomposition; the result is the same either way.
	const words = isAscii.test(text)
		? text
				.toLowerCase()
				.replace(/[`']/g, '')
				.replace(/[^a-z0-9]+/g, ' ')
		: text
				.normalize('NFKD')
				.replace(/\p{M}/gu, '')
				.toLowerCase()
				.replace(/[’‘`´']/g, '')
				.replace(/[^\p{L}\p{N}]+/gu, ' ');
	return words
		.trim()
		.split(' ')
		.filter((word) => word.length > 0 && !articles.has(word))
		.join(' ');
}

/** Damerau–Levenshtein distance (adjacent swaps cost one), for spotting slips. */
export function editDistance(a: string, b: string): number {
	const cols = b.length + 1;
	// One flat table, row i at i * cols: grading a class's sheets calls this often.
	const d = new Uint32Array((a.length + 1) * cols);
	for (let j = 0; j < cols; j++) d[j] = j;
	for (let i = 1; i <= a.length; i++) {
		const row = i * cols;
		d[row] = i;
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(
				(d[row - cols + j] as number) + 1,
				(d[row + j - 1] as number) + 1,
				(d[row - cols + j - 1] as number) + cost,
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, (d[row - 2 * cols + j - 2] as number) + 1);
			}
			d[row + j] = best;
		}
	}
	return d[a.length * cols + b.length] as number;
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
	if (Math.abs(only.typed.length - only.expected.length) > 1) return undefined;
	return editDistance(only.typed, only.expected) === 1 ? only : undefined;
}
