// Judge: options compared for sameness and nearness.
import { editDistance, normalizeText } from '../../core/grade/normalize.js';
import { parseNumber } from '../../core/grade/parse-number.js';

const minor = new Set(['of', 'and', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'its', 'their']);

/** An option reduced once for comparing: normalised text, rough singular stems, its value. */
export type OptionKey = {
	readonly normalized: string;
	readonly stems: readonly string[];
	readonly value?: number;
};

/** Reduce an option for `isSame` and `isNear`. */
export function optionKey(text: string): OptionKey {
	const normalized = normalizeText(text);
	const stems = normalized
		.split(' ')
		.filter((word) => word.length > 0 && !minor.has(word))
		.map((word) => (word.length > 3 ? word.replace(/(?:es|s)$/, '') : word));
	const value = /\d|^[a-z -]+$/.test(normalized) ? parseNumber(text)?.value : undefined;
	return { normalized, stems, ...(value === undefined ? {} : { value }) };
}

/**
 * Whether two options say the same thing in other words: case, plural, a name and its part
 * ("Xi" and "Xi Jinping"), or one figure written two ways ("$140 billion", "$140bn").
 */
export function isSame(a: OptionKey, b: OptionKey): boolean {
	if (a.stems.length === 0 || b.stems.length === 0) return a.normalized === b.normalized;
	if (a.stems.join(' ') === b.stems.join(' ')) return true;
	const [shorter, longer] =
		a.stems.length <= b.stems.length ? [a.stems, b.stems] : [b.stems, a.stems];
	if (shorter.every((word) => longer.includes(word))) return true;
	return a.value !== undefined && a.value === b.value;
}

/** Options a learner could not tell apart: the same thing, or one slip of the pen apart. */
export function isNear(a: OptionKey, b: OptionKey): boolean {
	if (isSame(a, b)) return true;
	if (/\d/.test(a.normalized) || /\d/.test(b.normalized)) return false;
	const shortest = Math.min(a.normalized.length, b.normalized.length);
	return shortest >= 5 && editDistance(a.normalized, b.normalized) <= (shortest >= 12 ? 2 : 1);
}

/** `isSame` on two texts. */
export const isSameThing = (a: string, b: string): boolean => isSame(optionKey(a), optionKey(b));
/** `isNear` on two texts. */
export const isNearDuplicate = (a: string, b: string): boolean =>
	isNear(optionKey(a), optionKey(b));

/** Whether `text` holds any of `phrases` as whole words, ignoring case, accents, punctuation. */
export function findPhrase(text: string, phrases: readonly string[]): string | undefined {
	const haystack = ` ${normalizeText(text)} `;
	return phrases.find((phrase) => {
		const needle = normalizeText(phrase);
		return needle !== '' && haystack.includes(` ${needle} `);
	});
}
