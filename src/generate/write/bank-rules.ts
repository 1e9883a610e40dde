// Write: keys that spot a fact already asked in the bank.
import { normalizeText } from '../../core/grade/normalize.js';

/** The key of a prompt a curated question already asks ("What is the article mainly about?"). */
export function promptKey(prompt: string): string {
	return `prompt:${normalizeText(prompt)}`;
}

/** Keys that say "a question on this line is about this answer", to spot a fact asked twice. */
export function answerKeys(line: number, answers: readonly string[]): string[] {
	return answers.map((answer) => `${line}:${normalizeText(answer)}`);
}
