// Facts: runs of capitalised words, the names before anyone decides what they name.
/** A run of capitalised words in a sentence: a name, before anyone decides what it names. */
export type NameSpan = {
	/** Offsets in the sentence text; `text` is `sentence.slice(start, end)`, no possessive. */
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly words: readonly string[];
	/** The first word may be an ordinary word capitalised by its place (sentence or quote start). */
	readonly isAtStart: boolean;
	/** The word just before the span, lower-cased ("" at the start). */
	readonly wordBefore: string;
	/** Up to two words just after the span, lower-cased. */
	readonly wordsAfter: readonly string[];
	/** The text right after the span (a few dozen characters), for ", a hydrologist" and the like. */
	readonly textAfter: string;
};

type Word = { readonly text: string; readonly start: number; readonly end: number };

const wordPattern =
	/(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐’'][\p{L}\p{M}\p{N}]+)*\.?/gu;
/** Lower-case words that may sit inside a name: "Ministry of Foreign Affairs", "Belt and Road". */
const connectors = new Set([
	'of',
	'and',
	'the',
	'de',
	'da',
	'del',
	'di',
	'du',
	'van',
	'von',
	'der',
	'bin',
	'al',
	'la',
	'le',
	'&',
]);
const notNames = new Set(['I', 'I’m', "I'm", 'I’ll', "I'll", 'I’d', "I'd", 'I’ve', "I've", 'OK']);
const titleAbbreviation =
	/^(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Mt|Gen|Col|Capt|Lt|Sgt|Rev|Sen|Rep|Gov|Hon|Jr|Sr|\p{Lu})\.$/u;

/** Every word of a sentence with its offsets; a full stop stays only on abbreviations. */
export function wordsOf(text: string): Word[] {
	const words: Word[] = [];
	for (const match of text.matchAll(wordPattern)) {
		let word = match[0];
		if (word.endsWith('.') && !titleAbbreviation.test(word) && !/^(?:\p{Lu}\.){2,}$/u.test(word)) {
			word = word.slice(0, -1);
		}
		words.push({ text: word, start: match.index, end: match.index + word.length });
	}
	return words;
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && !notNames.has(word);
const possessive = /[’']s$/u;

/** Find runs of capitalised words (joined by single spaces and name connectors). */
export function findNameSpans(sentence: string): NameSpan[] {
	const words = wordsOf(sentence);
	const spans: NameSpan[] = [];
	let i = 0;
	while (i < words.length) {
		const first = words[i] as Word;
		if (!isCapitalised(first.text)) {
			i++;
			continue;
		}
		let last = i;
		while (!possessive.test((words[last] as Word).text)) {
			const next = extendRun(sentence, words, last);
			if (next === undefined) break;
			last = next;
		}
		spans.push(makeSpan(sentence, words, i, last));
		i = last + 1;
	}
	return spans;
}

/** The index of the next capitalised word that continues the run, across connectors. */
function extendRun(sentence: string, words: readonly Word[], last: number): number | undefined {
	let j = last + 1;
	while (j < words.length && j - last <= 2) {
		const gap = sentence.slice((words[j - 1] as Word).end, (words[j] as Word).start);
		if (gap !== ' ' && gap !== '\u00a0') return undefined;
		const word = (words[j] as Word).text;
		if (isCapitalised(word)) return j;
		if (!connectors.has(word)) return undefined;
		j++;
	}
	return undefined;
}

function makeSpan(sentence: string, words: readonly Word[], from: number, to: number): NameSpan {
	const first = words[from] as Word;
	const last = words[to] as Word;
	const lastText = last.text.replace(possessive, '');
	const end = last.end - (last.text.length - lastText.length);
	const inner = words.slice(from, to + 1).map((word) => word.text);
	inner[inner.length - 1] = lastText;
	const before = sentence.slice(0, first.start);
	return {
		start: first.start,
		end,
		text: sentence.slice(first.start, end),
		words: inner,
		isAtStart: /(?:^|[“"‘(:—–-]\s*)$/u.test(before.trimEnd()) || before.trim() === '',
		wordBefore: (words[from - 1]?.text ?? '').toLowerCase(),
		wordsAfter: words.slice(to + 1, to + 3).map((word) => word.text.toLowerCase()),
		textAfter: sentence.slice(end, end + 48),
	};
}
