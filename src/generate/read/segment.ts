// Read: the article's lines sorted into paragraphs, list items and the rest, cut into sentences.
import { parseArticle } from '../../core/article.js';
import { firstUnsafeCharacter } from '../../core/safe-text.js';

/** What a line of the article holds; only paragraphs and list items yield questions. */
export type LineKind = 'blank' | 'heading' | 'list' | 'paragraph' | 'rule';

/** One line of the article, numbered as a bank's `source.line` counts. */
export type ArticleLine = {
	readonly number: number;
	readonly text: string;
	readonly kind: LineKind;
	/** Where the prose starts in `text`, after a heading's `#` or a list marker. */
	readonly bodyStart: number;
};

/** A sentence with its place in the article; `text` is `line.slice(start, end)`. */
export type Sentence = {
	/** 0-based order of the sentence in the article. */
	readonly index: number;
	readonly line: number;
	readonly start: number;
	readonly end: number;
	readonly text: string;
};

/** An article cut into lines and sentences, with the first heading as a title. */
type SegmentedArticle = {
	readonly lines: readonly ArticleLine[];
	readonly sentences: readonly Sentence[];
	readonly title?: string;
};

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const markdownHeading = /^\s{0,3}#{1,6}\s+/;
const listMarker = /^\s*(?:[-*•–]|\d{1,3}[.)])\s+/;
const ruleLine = /^\s*(?:[-=*_]\s*){3,}$/;
/** Endings the segmenter takes for a full stop but are abbreviations or initials. */
const abbreviation =
	/(?:^|[\s(“"])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|Mt|Ft|Gen|Col|Capt|Lt|Sgt|Rev|Hon|Gov|Sen|Rep|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|\p{Lu})\.$/u;

/** Longer sentences are not asked about: no reader takes a prompt of 150 words. */
const maxSentenceLength = 1000;

/** Split an article into classified lines and sentences with their positions. */
export function segmentArticle(text: string): SegmentedArticle {
	const lines = parseArticle(text).lines.map((line, index) => classifyLine(line, index + 1));
	const sentences: Sentence[] = [];
	for (const line of lines) {
		if (line.kind !== 'paragraph' && line.kind !== 'list') continue;
		for (const [start, end] of sentenceRanges(line.text, line.bodyStart)) {
			// A bank may not quote control characters: such a sentence cannot be cited. A
			// "sentence" of thousands of characters (no full stop, an unclosed quote) is no
			// prompt either, and every later step would pay for its length per word.
			if (end - start > maxSentenceLength) continue;
			if (firstUnsafeCharacter(line.text.slice(start, end))) continue;
			sentences.push({
				index: sentences.length,
				line: line.number,
				start,
				end,
				text: line.text.slice(start, end),
			});
		}
	}
	const heading = lines.find((line) => line.kind === 'heading' && !firstUnsafeCharacter(line.text));
	const title = heading?.text
		.slice(heading.bodyStart)
		.replace(/\s*#+\s*$/, '')
		.trim();
	return { lines, sentences, ...(title ? { title } : {}) };
}

/** Decide what a line is: a blank, a heading (`#` or a short unpunctuated line), a list item … */
export function classifyLine(text: string, number: number): ArticleLine {
	if (text.trim() === '') return { number, text, kind: 'blank', bodyStart: 0 };
	if (ruleLine.test(text)) return { number, text, kind: 'rule', bodyStart: 0 };
	const hashes = markdownHeading.exec(text);
	if (hashes) return { number, text, kind: 'heading', bodyStart: hashes[0].length };
	const marker = listMarker.exec(text);
	if (marker) return { number, text, kind: 'list', bodyStart: marker[0].length };
	const bodyStart = text.length - text.trimStart().length;
	const kind = isBareHeading(text.trim()) ? 'heading' : 'paragraph';
	return { number, text, kind, bodyStart };
}

/** A short line that starts with a capital and ends without sentence punctuation. */
function isBareHeading(text: string): boolean {
	const words = text.split(/\s+/).length;
	return words <= 12 && /^[\p{Lu}\p{N}]/u.test(text) && !/[.!?:;,"”’)…]$/u.test(text);
}

/** Sentence ranges in `text` from `from`, merged where the segmenter split an abbreviation. */
export function sentenceRanges(text: string, from = 0): [number, number][] {
	const ranges: [number, number][] = [];
	for (const [chunkStart, chunkEnd] of chunks(text, from)) {
		const chunk = text.slice(chunkStart, chunkEnd);
		for (const { index, segment } of sentenceSegmenter.segment(chunk)) {
			const start = chunkStart + index + (segment.length - segment.trimStart().length);
			const end = chunkStart + index + segment.trimEnd().length;
			if (end <= start) continue;
			const last = ranges.at(-1);
			if (last && shouldJoin(text.slice(last[0], last[1]), text.slice(start, end))) last[1] = end;
			else ranges.push([start, end]);
		}
	}
	return ranges.filter(([start, end]) => /\p{L}/u.test(text.slice(start, end)));
}

/** Where a sentence may end: stop, closing marks, space. */
const stopThenSpace = /[.!?…][”"’)\]]*\s+/gu;

/**
 * `text` from `from` in pieces of about 2,000 characters cut after a full stop: the sentence
 * segmenter takes time that grows with the square of what it is given (a 1 MB line: minutes).
 */
function chunks(text: string, from: number): [number, number][] {
	const out: [number, number][] = [];
	let start = from;
	stopThenSpace.lastIndex = from;
	for (let match = stopThenSpace.exec(text); match; match = stopThenSpace.exec(text)) {
		const end = match.index + match[0].length;
		if (end - start >= 2000) {
			out.push([start, end]);
			start = end;
		}
	}
	if (start < text.length || out.length === 0) out.push([start, text.length]);
	return out;
}

function shouldJoin(previous: string, next: string): boolean {
	return abbreviation.test(previous) || /^[\p{Ll}\p{N}]/u.test(next);
}
