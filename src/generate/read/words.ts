// Read: the content words of a text, for comparing sentences and answers.
import { eng } from 'stopword';

const stopwords = new Set([
	...eng,
	...wordSet(
		'said says told would could also one two just like mr mrs ms dr its it’s their there them',
	),
]);

/** The text outside quotation marks, each quotation blanked to spaces of its length. */
export function withoutSpeech(text: string): string {
	return text.replace(/“[^”]*”|"[^"]*"/gu, (speech) => ' '.repeat(speech.length));
}

/** The words of a list written with spaces between them, as a set. */
export function wordSet(words: string): Set<string> {
	return new Set(words.split(' '));
}

/** The words of a text that carry its content: lower-case, no stop words, rough singulars. */
export function contentWords(text: string): string[] {
	// English has no case mappings of its own: toLowerCase() lowers as toLocaleLowerCase('en')
	// does, without resolving a locale on every call (hot paths of the generator use it so).
	const words = text.toLowerCase().match(/\p{L}[\p{L}’'-]*\p{L}|\p{L}/gu) ?? [];
	return words
		.map((word) => word.replace(/[’']s$/u, ''))
		.filter((word) => word.length > 2 && !stopwords.has(word))
		.map((word) => (word.length > 4 ? word.replace(/(?<![su])s$/u, '') : word));
}
