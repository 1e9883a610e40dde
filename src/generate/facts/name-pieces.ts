// Facts: names cut out of their spans, with what the words around them say.
import type { NameClass, NameClassifier } from './classify-name.js';
import type { NameSpan } from './name-spans.js';
import { dateWords, isPersonByContext, titleGender, titles } from './person-cues.js';

/** A name cut out of a span, with what the words around it say about it. */
export type NamePiece = {
	/** Offsets in the sentence text. */
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly class: NameClass;
	/** A title or role word before it, or a speech verb after it, says it is a person. */
	readonly isPersonByContext: boolean;
};

/** Cut a span into names: drop ordinary first words, dates, titles and list joints. */
export function namePieces(span: NameSpan, classifier: NameClassifier): NamePiece[] {
	const offsets = wordOffsets(span);
	let from = 0;
	let to = span.words.length - 1;
	// Only the first word is capitalised by its place: drop it when it is an ordinary word.
	if (span.isAtStart && classifier.isOrdinaryWord(span.words[0] ?? '')) from++;
	while (from <= to && isEdgeWord(span.words[from] ?? '')) from++;
	while (to >= from && isEdgeWord(span.words[to] ?? '')) to--;
	if (from > to) return [];
	const titleAt = lastTitle(span.words, from, to);
	const titled = titleAt === undefined ? '' : span.words.slice(titleAt + 1, to + 1).join(' ');
	// "King County Metro Council" is a council, not a king.
	const titledKind = titled ? classifier.classify(titled).kind : undefined;
	if (titleAt !== undefined && titledKind !== 'org' && titledKind !== 'place') {
		const name = titled;
		const gender = titleGender(span.words[titleAt] ?? '') ?? classifier.classify(name).gender;
		return [
			piece(
				span,
				offsets,
				titleAt + 1,
				to,
				{ kind: 'person', ...(gender ? { gender } : {}) },
				true,
			),
		];
	}
	return splitAndClassify(span, offsets, from, to, classifier);
}

const isEdgeWord = (word: string) =>
	dateWords.has(word.replace(/[’']s$/, '')) || /^(?:the|of|and|de|&)$/i.test(word);

function lastTitle(words: readonly string[], from: number, to: number): number | undefined {
	for (let i = to - 1; i >= from; i--) {
		if (titles.has(words[i] ?? '') && /^\p{Lu}/u.test(words[i + 1] ?? '')) return i;
	}
	return undefined;
}

function splitAndClassify(
	span: NameSpan,
	offsets: readonly number[],
	from: number,
	to: number,
	classifier: NameClassifier,
): NamePiece[] {
	const whole = span.words.slice(from, to + 1).join(' ');
	const wholeClass = classifier.classify(whole);
	const joints = span.words.slice(from, to + 1).some((word) => /^(?:and|&|of)$/.test(word));
	if (
		!joints ||
		wholeClass.kind === 'org' ||
		(wholeClass.kind === 'place' && !/ and | & /.test(whole))
	) {
		return trimAdjectives(span, offsets, from, to, classifier);
	}
	const pieces: NamePiece[] = [];
	let start = from;
	for (let i = from; i <= to + 1; i++) {
		const word = span.words[i];
		if (i === to + 1 || word === 'and' || word === '&' || word === 'of') {
			if (i > start) pieces.push(...trimAdjectives(span, offsets, start, i - 1, classifier));
			start = i + 1;
		}
	}
	return pieces;
}

/** "Chinese" alone is no name; "Chinese Ministry of Foreign Affairs" is one. */
function trimAdjectives(
	span: NameSpan,
	offsets: readonly number[],
	from: number,
	to: number,
	classifier: NameClassifier,
): NamePiece[] {
	let start = from;
	while (start <= to) {
		const name = span.words.slice(start, to + 1).join(' ');
		const nameClass = classifier.classify(name);
		if (start === from && (nameClass.kind === 'org' || nameClass.kind === 'place')) {
			return [piece(span, offsets, start, to, nameClass, false)];
		}
		if (!classifier.isAdjective(span.words[start] ?? '')) {
			return [piece(span, offsets, start, to, nameClass, isPersonByContext(span, start, from, to))];
		}
		start++;
	}
	return [];
}

function piece(
	span: NameSpan,
	offsets: readonly number[],
	from: number,
	to: number,
	nameClass: NameClass,
	isPersonByContext: boolean,
): NamePiece {
	const start = span.start + (offsets[from] ?? 0);
	const end = span.start + (offsets[to] ?? 0) + (span.words[to] ?? '').length;
	const text = span.text.slice(start - span.start, end - span.start);
	return { start, end, text, class: nameClass, isPersonByContext };
}

/** Offset of each span word inside the span text. */
function wordOffsets(span: NameSpan): number[] {
	const offsets: number[] = [];
	let at = 0;
	for (const word of span.words) {
		at = span.text.indexOf(word, at);
		offsets.push(at);
		at += word.length;
	}
	return offsets;
}
