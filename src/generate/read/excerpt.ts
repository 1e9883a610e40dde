// Read: the stretch of one line a question quotes as its source.
import type { Sentence } from './segment.js';
import { wordSet } from './words.js';

/** A stretch of one line that a question quotes, with whether it was cut from a longer sentence. */
export type Excerpt = {
	/** Offsets in the line; `text` is `line.slice(start, end)`. */
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly isCutBefore: boolean;
	readonly isCutAfter: boolean;
};

/** Openings that leave a reader asking "who?" or "which?" when a prompt starts with them. */
export const danglingStarts = wordSet(
	'he she it they them him her his its their this these those there such both which whose whom',
);
const maxWords = 40;
const minWords = 12;
/** A pronoun sentence may take the sentence before it along, up to this many words in all. */
const maxJoinedWords = 55;

const wordCount = (text: string) =>
	text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
const firstWord = (text: string) => (/[\p{L}]+/u.exec(text)?.[0] ?? '').toLowerCase();

/**
 * The part of a line a question about `[start, end)` should show: the sentence, joined to the one
 * before when it opens with a pronoun, or cut to the clauses around the answer when too long.
 */
export function excerptAround(
	line: string,
	sentence: Sentence,
	previous: Sentence | undefined,
	start: number,
	end: number,
): Excerpt {
	let from = sentence.start;
	if (previous && previous.line === sentence.line && danglingStarts.has(firstWord(sentence.text))) {
		if (wordCount(line.slice(previous.start, sentence.end)) <= maxJoinedWords)
			from = previous.start;
	}
	const limit = from === sentence.start ? maxWords : maxJoinedWords;
	if (wordCount(line.slice(from, sentence.end)) <= limit)
		return make(line, from, sentence.end, false, false);
	const cuts = clauseCuts(line, sentence.start, sentence.end);
	let left = cuts.findLastIndex((cut) => cut <= start);
	let right = cuts.findIndex((cut) => cut >= end);
	if (left < 0) left = 0;
	if (right < 0) right = cuts.length - 1;
	const words = (from: number, to: number) =>
		wordCount(line.slice(cuts[from] as number, cuts[to] as number));
	let growRight = true;
	while (words(left, right) < minWords && (left > 0 || right < cuts.length - 1)) {
		const next =
			(growRight && right < cuts.length - 1) || left === 0
				? { left, right: right + 1 }
				: { left: left - 1, right };
		if (words(next.left, next.right) > maxWords) break;
		({ left, right } = next);
		growRight = !growRight;
	}
	return make(line, cuts[left] as number, cuts[right] as number, left > 0, right < cuts.length - 1);
}

/** Offsets where a sentence may be cut: its ends and after commas, semicolons, colons, dashes. */
function clauseCuts(line: string, start: number, end: number): number[] {
	const cuts = [start];
	for (const match of line.slice(start, end).matchAll(/[,;:](?=\s)|\s[–—]\s|—/gu)) {
		cuts.push(start + (match.index ?? 0) + match[0].length);
	}
	cuts.push(end);
	return cuts;
}

function make(
	line: string,
	rawStart: number,
	rawEnd: number,
	isCutBefore: boolean,
	isCutAfter: boolean,
): Excerpt {
	let start = rawStart;
	let end = rawEnd;
	while (start < end && /[\s,;:–—]/u.test(line[start] ?? '')) start++;
	while (end > start && /[\s,;:–—]/u.test(line[end - 1] ?? '')) end--;
	return { start, end, text: line.slice(start, end), isCutBefore, isCutAfter };
}
