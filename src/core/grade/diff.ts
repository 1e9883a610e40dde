/** One run of a character diff: kept, typed but not in the answer, or in the answer but not typed. */
export type DiffPart = { readonly op: 'same' | 'extra' | 'missing'; readonly text: string };

/**
 * What was typed against what was expected, character by character (a longest common
 * subsequence): "tokayv" against "tokayev" is `tokay`, missing `e`, `v`.
 */
export function diffChars(typed: string, expected: string): DiffPart[] {
	const a = [...typed];
	const b = [...expected];
	// lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
	const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	const at = (i: number, j: number) => lcs[i]?.[j] ?? 0;
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			(lcs[i] as number[])[j] =
				a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
		}
	}
	const parts: DiffPart[] = [];
	const push = (op: DiffPart['op'], char: string) => {
		const last = parts.at(-1);
		if (last?.op === op) parts[parts.length - 1] = { op, text: last.text + char };
		else parts.push({ op, text: char });
	};
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) {
			push('same', a[i] as string);
			i++;
			j++;
		} else if (i < a.length && (j >= b.length || at(i + 1, j) >= at(i, j + 1))) {
			push('extra', a[i] as string);
			i++;
		} else {
			push('missing', b[j] as string);
			j++;
		}
	}
	return parts;
}
