import { describeCharacter, firstUnsafeCharacter } from '../safe-text.js';
import type { BankIssue } from './issue.js';
import type { QuestionPositions } from './parse.js';
import type { Bank } from './schema.js';

// Checks of a bank's text and data that need no YAML parser: both readers of a bank use them.

/**
 * Whether a text is prose (an article given where a bank belongs) rather than a YAML mapping:
 * no `article:` or `questions:` key, and lines of several words where keys would start.
 */
export function isProse(text: string): boolean {
	if (/^(article|questions|assignment)[ \t]*:/m.test(text)) return false;
	const lines = text.split('\n', 200).filter((line) => line.trim() !== '');
	if (lines.length === 0) return false;
	const keyed = lines.filter((line) =>
		/^\s*(- |#|[\w"'-][^:\s]*[ \t]*:([ \t]|$))/.test(line),
	).length;
	const wordy = lines.filter((line) => line.trim().split(/\s+/).length >= 6).length;
	return keyed * 2 < lines.length && wordy > 0;
}

/**
 * Every text of the bank that holds a control character (ESC, BEL, CR, C1 …) or a bidi
 * override: such text could drive the terminal of whoever is shown it, or hide what it says.
 */
export function controlCharacterIssues(
	bank: Bank,
	file: string,
	positions: QuestionPositions,
): BankIssue[] {
	const issues: BankIssue[] = [];
	const visit = (value: unknown, path: (string | number)[]): void => {
		if (typeof value === 'string') {
			const found = firstUnsafeCharacter(value);
			if (!found) return;
			const field = path.filter((part) => typeof part === 'string').at(-1);
			const [top, index, ...rest] = path;
			const inQuestion = top === 'questions' && typeof index === 'number';
			const question = inQuestion ? bank.questions[index] : undefined;
			issues.push({
				file,
				...(inQuestion ? positions.at(index, ...rest) : positions.of(...path)),
				...(question ? { questionId: question.id } : {}),
				message: `"${String(field)}" holds ${describeCharacter(found.char)} at character ${found.index + 1} (expected printable text)`,
			});
		} else if (Array.isArray(value)) {
			for (const [index, item] of value.entries()) visit(item, [...path, index]);
		} else if (value && typeof value === 'object') {
			for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
		}
	};
	visit(bank, []);
	return issues;
}
