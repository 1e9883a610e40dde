import { editDistance } from '../core/grade/normalize.js';

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
