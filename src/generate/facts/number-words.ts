// Facts: the values of spelled numbers ("five", "third").
import { parseNumber } from '../../core/grade/parse-number.js';

const ones = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ordinals = [
	'zeroth',
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
];

/** The value of a spelled number ("five", "twenty-one", "third"); undefined for digits. */
export function spelledValue(text: string): number | undefined {
	if (/\d/.test(text)) return undefined;
	return parseNumber(text)?.value;
}

/** A number under 100 in words, capitalised like `like` ("Five" stays capitalised). */
export function numberWord(value: number, like = ''): string | undefined {
	if (!Number.isInteger(value) || value < 0 || value >= 100) return undefined;
	const word =
		value < 20
			? ones[value]
			: `${tens[Math.floor(value / 10)]}${value % 10 ? `-${ones[value % 10]}` : ''}`;
	return word && /^\p{Lu}/u.test(like) ? word[0]?.toUpperCase() + word.slice(1) : word;
}

/** "second" … "twelfth". */
export function ordinalWord(value: number): string | undefined {
	return ordinals[value];
}

/** "word" → "words", "city" → "cities", "box" → "boxes". */
export function plural(word: string): string {
	if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
	if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
	return `${word}s`;
}
