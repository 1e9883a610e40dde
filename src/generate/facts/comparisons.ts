// Facts: two figures of one sentence that measure the same thing under two conditions.
import type { Figure } from './figures.js';

/**
 * "The DSTT is open for 20 hours on weekdays …, and for 18 hours on Sundays": one measure
 * (`frame`, in `unit`) given twice, each figure with the condition it holds under.
 */
export type Comparison = {
	/**
	 * `parallel`: the frame is the words before the first figure, from the clause's start ("The
	 * DSTT is open for"). `change`: the frame is what changed ("World production of the
	 * metal"), and `verb` how ("grow").
	 */
	readonly kind: 'parallel' | 'change';
	readonly frame: string;
	readonly verb?: string;
	readonly unit: string;
	/** The two figures in reading order, each with its condition ("on Sundays"). */
	readonly sides: readonly [ComparisonSide, ComparisonSide];
};

/** One figure of a comparison and the condition it holds under. */
export type ComparisonSide = { readonly figure: Figure; readonly condition: string };

/** The words a frame may end on: the measure is the object of a preposition. */
const frameEnd = /\s(?:for|of|to|by|at|with|reached|totalled|totaled|cost|costs|weighed)\s$/u;
/**
 * A condition: a short phrase that opens with a preposition and holds no figure, to the next
 * comma ("on weekdays and Saturdays,") or else to the next "and" ("on weekdays and 18 …").
 */
const conditions = [
	/^\s((?:on|in|at|during|among|per)\s(?:[\p{L}’'-]+\s){0,5}[\p{L}’'-]+)(?=\s*(?:[,;.]|$))/u,
	/^\s((?:on|in|at|during|among|per)\s(?:[\p{L}’'-]+\s){0,5}?[\p{L}’'-]+)(?=\sand\s)/u,
];
const conditionAfter = (text: string) =>
	conditions[0]?.exec(text)?.[1] ?? conditions[1]?.exec(text)?.[1];
/** Where the first side ends and the second begins: "…, and for 18 hours". */
const joint = /(?:^|,\s|\s)and\s(?:(for|of|to|by|at|with)\s)?$/u;
/** Words of an estimate, a bound or a plan: a difference of them is no fact. */
const inexact =
	/\b(?:about|around|nearly|almost|roughly|approximately|some|up to|at least|at most|more than|less than|fewer than|over|under|will|would|could|may|might|expected|planned|projected)\b/iu;
/** Subjects that name no one out of context. */
export const pronounStart =
	/^(?:he|she|it|they|we|i|you|its|his|her|their|this|these|those|there)\b/iu;

/** The comparisons one sentence states; `figures` are the sentence's, with sentence offsets. */
export function findComparisons(sentence: string, figures: readonly Figure[]): Comparison[] {
	const found: Comparison[] = [];
	for (let i = 0; i + 1 < figures.length; i++) {
		const [a, b] = [figures[i] as Figure, figures[i + 1] as Figure];
		const comparison = compare(sentence, a, b);
		if (comparison) found.push(comparison);
	}
	return found;
}

function compare(sentence: string, a: Figure, b: Figure): Comparison | undefined {
	if (a.kind !== b.kind || a.kind === 'ordinal' || a.kind === 'percent') return undefined;
	if (!a.unit || a.unit !== b.unit || a.value === b.value) return undefined;
	if (a.parts.prefix !== b.parts.prefix || a.parts.magnitude !== b.parts.magnitude)
		return undefined;
	if (a.isApproximate || b.isApproximate) return undefined;
	const clauseStart = Math.max(0, sentence.lastIndexOf('; ', a.start) + 1);
	const frame = sentence.slice(clauseStart, a.start);
	if (!isFrame(frame)) return undefined;
	const first = conditionAfter(sentence.slice(a.end));
	const second = conditionAfter(sentence.slice(b.end));
	if (!first || !second || first === second) return undefined;
	const between = sentence.slice(a.end + 1 + first.length, b.start);
	const link = joint.exec(between);
	// "…, and for 18 hours": the second side repeats the frame's preposition, or none.
	const preposition = frame.trim().split(' ').at(-1);
	if (!link || (link[1] && link[1] !== preposition)) return undefined;
	if (/\d/u.test(between.replace(/\d{1,2}:\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)?|midnight|noon/gu, '')))
		return undefined;
	return {
		kind: 'parallel',
		frame: frame.trim(),
		unit: a.unit,
		sides: [
			{ figure: a, condition: first },
			{ figure: b, condition: second },
		],
	};
}

/** A frame starts the clause with a subject and ends where the measure goes. */
function isFrame(frame: string): boolean {
	const text = frame.trim();
	const words = text.split(/\s+/u).length;
	return (
		frameEnd.test(` ${text} `) &&
		words >= 3 &&
		words <= 16 &&
		/^\p{Lu}/u.test(text) &&
		!pronounStart.test(text) &&
		!/[\d“”"()]/u.test(text) &&
		!isInexact(text)
	);
}

/** An estimate, a bound or a plan. */
export const isInexact = (text: string) => inexact.test(text);
