// Facts: names cut out of their spans, with what the words around them say.
import type { NameClass, NameClassifier } from './classify-name.js';
import type { NameSpan } from './name-spans.js';
import { dateWords, hasRoleBefore, isPersonByContext, titleGender, titles } from './person-cues.js';

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
	// "Admiral of New England", "Secretary of Commerce": an office, named by what it serves.
	if (
		titles.has(span.words[from] ?? '') &&
		span.words[from + 1] === 'of' &&
		!hasPersonAfter(run, from, to)
	)
		return [];
	const titleAt = lastTitle(span.words, from, to);
	const titled = titleAt === undefined ? '' : span.words.slice(titleAt + 1, to + 1).join(' ');
	// "King County Metro Council" is a council, not a king.
	const titledKind = titled ? classifier.classify(titled).kind : undefined;
	if (titleAt !== undefined && titledKind !== 'org' && titledKind !== 'place') {
		// "Rep. John Culberson of Texas": the person, then the place they are of.
		const of = span.words.indexOf('of', titleAt + 2);
		const last = of > titleAt + 1 && of < to ? of - 1 : to;
		const name = span.words.slice(titleAt + 1, last + 1).join(' ');
		const gender = titleGender(span.words[titleAt] ?? '') ?? classifier.classify(name).gender;
		const person = piece(
			run,
			titleAt + 1,
			last,
			{ kind: 'person', ...(gender ? { gender } : {}) },
			true,
		);
		return last === to ? [person] : [person, ...trimAdjectives(run, last + 2, to)];
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

/**
 * Whether a title of an office ("Secretary of State") goes on to name its holder ("… Antony
 * Blinken"): two last words, after the office's own, that read as a person's or as no place
 * and no body ("Admiral of New England" names a place).
 */
function hasPersonAfter(run: SpanRun, from: number, to: number): boolean {
	const { span, classifier } = run;
	if (to - from < 3) return false;
	const kind = classifier.classify(span.words.slice(to - 1, to + 1).join(' ')).kind;
	return kind === 'person' || kind === undefined;
}

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
			// A place the lexicon only guesses is a person when a role stands before it.
			const isGuess = nameClass.kind === 'place' && !nameClass.subkind;
			return [piece(run, start, to, nameClass, isGuess && hasRoleBefore(span, start, from))];
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
