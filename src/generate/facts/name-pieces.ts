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
	const run: SpanRun = { span, offsets: wordOffsets(span), classifier };
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
		return [piece(run, titleAt + 1, to, { kind: 'person', ...(gender ? { gender } : {}) }, true)];
	}
	return splitAndClassify(run, from, to);
}

/** A span with the offset of each of its words, and the classifier that names its parts. */
type SpanRun = {
	readonly span: NameSpan;
	readonly offsets: readonly number[];
	readonly classifier: NameClassifier;
};

const isEdgeWord = (word: string) =>
	dateWords.has(word.replace(/[’']s$/, '')) || /^(?:the|of|and|de|&)$/i.test(word);

function lastTitle(words: readonly string[], from: number, to: number): number | undefined {
	for (let i = to - 1; i >= from; i--) {
		if (titles.has(words[i] ?? '') && /^\p{Lu}/u.test(words[i + 1] ?? '')) return i;
	}
	return undefined;
}

function splitAndClassify(run: SpanRun, from: number, to: number): NamePiece[] {
	const { span, classifier } = run;
	const whole = span.words.slice(from, to + 1).join(' ');
	const wholeClass = classifier.classify(whole);
	const joints = span.words.slice(from, to + 1).some((word) => /^(?:and|&|of)$/.test(word));
	if (
		!joints ||
		wholeClass.kind === 'org' ||
		(wholeClass.kind === 'place' && !/ and | & /.test(whole))
	) {
		return trimAdjectives(run, from, to);
	}
	const pieces: NamePiece[] = [];
	let start = from;
	for (let i = from; i <= to + 1; i++) {
		const word = span.words[i];
		if (i === to + 1 || word === 'and' || word === '&' || word === 'of') {
			if (i > start) pieces.push(...trimAdjectives(run, start, i - 1));
			start = i + 1;
		}
	}
	return pieces;
}

/** "Chinese" alone is no name; "Chinese Ministry of Foreign Affairs" is one. */
function trimAdjectives(run: SpanRun, from: number, to: number): NamePiece[] {
	const { span, classifier } = run;
	let start = from;
	while (start <= to) {
		const name = span.words.slice(start, to + 1).join(' ');
		const nameClass = classifier.classify(name);
		if (start === from && (nameClass.kind === 'org' || nameClass.kind === 'place')) {
			return [piece(run, start, to, nameClass, false)];
		}
		if (!classifier.isAdjective(span.words[start] ?? '')) {
			return [piece(run, start, to, nameClass, isPersonByContext(span, start, from, to))];
		}
		start++;
	}
	return [];
}

function piece(
	{ span, offsets }: SpanRun,
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
