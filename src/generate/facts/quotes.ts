// Facts: words in quotation marks and who said them.
import type { Mention } from './entities.js';
import { speechVerbs } from './person-cues.js';
import { type PeopleIndex, speakerAround, type Verb } from './speakers.js';

/** Words in quotation marks on one line, with who said them when the line tells. */
export type Quote = {
	readonly line: number;
	/** Offsets in the line, quotation marks included. */
	readonly start: number;
	readonly end: number;
	/** The quoted words, without marks or trailing comma or full stop. */
	readonly text: string;
	/** One to three words quoted as a term ("balanced position"), not as speech. */
	readonly isTerm: boolean;
	/** The person entity who said it. */
	readonly speaker?: string;
	/** The speaker's mention (or pronoun) that attributes the quote. */
	readonly attribution?: { readonly start: number; readonly end: number };
	/** The part of the line that holds both the quote and its attribution. */
	readonly cite?: { readonly start: number; readonly end: number };
};

/** Pair quotation marks on a line: curly “…”, or straight "…"; an unclosed “ is dropped. */
export function quoteSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	let open = -1;
	let straightOpen = -1;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === '“') open = i;
		else if (char === '”' && open >= 0) {
			spans.push([open, i + 1]);
			open = -1;
		} else if (char === '"') {
			if (straightOpen < 0) straightOpen = i;
			else {
				spans.push([straightOpen, i + 1]);
				straightOpen = -1;
			}
		}
	}
	return spans.sort((a, b) => a[0] - b[0]);
}

/** Every quote on a line, attributed to a speaker where a speech verb names one. */
export function findQuotes(line: number, text: string, people: PeopleIndex): Quote[] {
	const onLine = people.byLine.get(line) ?? [];
	const quotes: Quote[] = [];
	const spans = quoteSpans(text);
	spans.forEach(([start, end], index) => {
		const inner = text.slice(start + 1, end - 1).trim();
		const bare = inner.replace(/[,.;:]+$/u, '');
		const words = bare.split(/\s+/).filter((word) => word.length > 0);
		if (words.length === 0) return;
		// “balanced position” is a term; “The lamp,” Tomas shouted is speech.
		const isTerm = words.length <= 3 && !/[.!?,;:]/u.test(inner);
		const base = { line, start, end, text: bare, isTerm };
		if (isTerm) {
			quotes.push(base);
			return;
		}
		const next = spans[index + 1]?.[0] ?? text.length;
		const previous = quotes.at(-1);
		const found =
			(/\.$/u.test(inner) ? undefined : fromTail(text, start, end, next, line, onLine, people)) ??
			fromHead(text, start, end, previous?.end ?? 0, line, onLine, people) ??
			inherited(text, start, end, previous);
		quotes.push(found ? { ...base, ...found } : base);
	});
	return quotes;
}

type Attribution = Pick<Quote, 'speaker' | 'attribution' | 'cite'>;

function verbsIn(text: string, from: number, to: number): Verb[] {
	const verbs: Verb[] = [];
	for (const match of text.slice(from, to).matchAll(/\p{L}+/gu)) {
		if (speechVerbs.has(match[0].toLocaleLowerCase('en'))) {
			verbs.push({
				start: from + (match.index ?? 0),
				end: from + (match.index ?? 0) + match[0].length,
			});
		}
	}
	return verbs;
}

/** `“…,” Kirby told CNN.` / `“…,” asked Tomas.` / `“…,” he said.` */
function fromTail(
	text: string,
	start: number,
	end: number,
	next: number,
	line: number,
	onLine: readonly Mention[],
	people: PeopleIndex,
): Attribution | undefined {
	const stop = /[.!?](?=\s|$)/u.exec(text.slice(end, next));
	const tailEnd = stop ? end + stop.index + 1 : next;
	const verb = verbsIn(text, end, tailEnd).find(
		(each) => text.slice(end, each.start).split(/\s+/).length <= 16,
	);
	if (!verb) return undefined;
	const speaker = speakerAround(text, verb, line, onLine, people, start);
	return speaker && { ...speaker, cite: { start, end: tailEnd } };
}

/** `Xi said China would “…”` / `Those attempts, he said, have “…”`. */
function fromHead(
	text: string,
	start: number,
	end: number,
	from: number,
	line: number,
	onLine: readonly Mention[],
	people: PeopleIndex,
): Attribution | undefined {
	const boundary = [...text.slice(from, start).matchAll(/[.!?]\s+/gu)].at(-1);
	const headStart = boundary ? from + (boundary.index ?? 0) + boundary[0].length : from;
	const verb = verbsIn(text, headStart, start).at(-1);
	if (!verb) return undefined;
	const speaker = speakerAround(text, verb, line, onLine, people, headStart);
	return speaker && { ...speaker, cite: { start: headStart, end } };
}

/** A second quote right after the first, with nothing but "and" between: the same speaker. */
function inherited(
	text: string,
	start: number,
	end: number,
	previous: Quote | undefined,
): Attribution | undefined {
	if (!previous?.speaker || !previous.cite) return undefined;
	const gap = text.slice(previous.end, start);
	const isAttributionGap =
		previous.cite.end >= previous.end && /^\s*$/u.test(text.slice(previous.cite.end, start));
	const isShortGap =
		gap.split(/\s+/).filter(Boolean).length <= 4 && verbsIn(text, previous.end, start).length === 0;
	if (!isAttributionGap && !isShortGap) return undefined;
	return {
		speaker: previous.speaker,
		...(previous.attribution ? { attribution: previous.attribution } : {}),
		cite: { start: Math.min(previous.cite.start, start), end: Math.max(previous.cite.end, end) },
	};
}
