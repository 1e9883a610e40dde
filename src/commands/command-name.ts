// A word typed where a command or a bank belongs (`quizline stat`): the default command would take
// it for a bank file. When no such file exists and the word could only be a command, say so.

/**
 * What to tell someone who typed `word` as the first argument, when no file of that name exists
 * and it has no dot or slash (so it is no file name either); undefined when it may be a file.
 */
export function notACommand(word: string, commands: readonly string[]): string | undefined {
	if (/[./\\]/.test(word) || word.length === 0) return undefined;
	const nearest = nearestName(word, commands);
	const list = commands.join(', ');
	return nearest === undefined
		? `"${word}" is not a quizline command, nor a bank file (commands: ${list}; see: quizline --help)`
		: `"${word}" is not a quizline command: did you mean "quizline ${nearest}"? (see: quizline --help)`;
}

/** The name closest to `word` by edits (or that it begins), if any is close enough to mean. */
export function nearestName(word: string, names: readonly string[]): string | undefined {
	const typed = word.toLowerCase();
	let best: { name: string; distance: number } | undefined;
	for (const name of names) {
		const distance = name.startsWith(typed) && typed.length >= 3 ? 0.5 : editDistance(typed, name);
		if (!best || distance < best.distance) best = { name, distance };
	}
	const allowed = typed.length <= 4 ? 1 : 2;
	return best && best.distance <= allowed ? best.name : undefined;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, at(i - 2, j - 2) + 1);
			const row = rows[i];
			if (row) row[j] = value;
		}
	}
	return at(a.length, b.length);
}
