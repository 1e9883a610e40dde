// Facts: figures cut into parts, so a distractor can copy their format.
import { parseNumber } from '../../core/grade/parse-number.js';
import { wordSet } from '../read/words.js';
import { plural } from './number-words.js';

/** A figure as the article writes it, cut into parts so a distractor can copy its format. */
export type Figure = {
	readonly kind: 'money' | 'percent' | 'count' | 'ordinal';
	/** Offsets in the sentence text. */
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** The full value: 140000000000 for "$140 billion". */
	readonly value: number;
	/** What the value counts, as a numeric question's unit: "$", "percent", "months". */
	readonly unit?: string;
	/** "more than two years": a different figure may make the sentence true too. */
	readonly isApproximate: boolean;
	/** text = prefix + number + magnitude + suffix, e.g. "$" "140" " billion" "". */
	readonly parts: {
		readonly prefix: string;
		readonly number: string;
		readonly magnitude: string;
		readonly suffix: string;
	};
};

const num = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const bigWord = String.raw`\s?(?:thousand|million|billion|trillion)|(?:bn|mn|tn|m|k)`;
const spelled =
	'(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen';
const ordinal = 'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
const currencyNames = 'dollars|euros|pounds|yuan|rubles|roubles|yen|rupees|francs';
const patterns: { kind: Figure['kind']; pattern: RegExp }[] = [
	{
		kind: 'money',
		pattern: new RegExp(String.raw`((?:US|A|C|HK)?[$€£¥₹₽]\s?)(${num})(${bigWord})?\b()`, 'gu'),
	},
	{
		kind: 'money',
		pattern: new RegExp(
			String.raw`()(${num})(\s(?:thousand|million|billion|trillion))?(\s(?:${currencyNames}))\b`,
			'gu',
		),
	},
	{
		kind: 'percent',
		pattern: new RegExp(String.raw`()(${num})()(\s?%|\s(?:percent|per cent)\b)`, 'gu'),
	},
	{
		kind: 'count',
		pattern: new RegExp(
			String.raw`()(${num})(\s(?:thousand|million|billion|trillion))?((?:[\s-][a-z]+)?)`,
			'gu',
		),
	},
	{
		kind: 'count',
		pattern: new RegExp(
			String.raw`()\b(${spelled})(\s(?:hundred|thousand|million|billion))?((?:[\s-][a-z]+)?)\b`,
			'giu',
		),
	},
	{ kind: 'ordinal', pattern: new RegExp(String.raw`()\b(${ordinal})()(\s[a-z]+)\b`, 'gu') },
];
const approximate =
	/\b(?:more than|less than|fewer than|over|under|about|around|nearly|almost|roughly|approximately|some|at least|up to|exceeded|exceeds|exceed|surpassed|topped|above|below|than)\s*$/i;
const unitStopWords = wordSet(
	'the and but nor for yet its his her our their this these those was has is as less more than plus times others ones across',
);
const singularUnits = wordSet(
	'people children men women police staff troops km kg cm mm lb mile metre meter word hour day week month year minute second person',
);

/** Money, percentages, counts and ordinals in a sentence; years and dates are left to dates. */
export function findFigures(sentence: string, taken: readonly [number, number][] = []): Figure[] {
	const figures: Figure[] = [];
	const used: [number, number][] = [...taken];
	for (const { kind, pattern } of patterns) {
		for (const match of sentence.matchAll(pattern)) {
			const figure = toFigure(sentence, kind, match);
			if (!figure || used.some(([start, end]) => figure.start < end && start < figure.end))
				continue;
			used.push([figure.start, figure.end]);
			figures.push(figure);
		}
	}
	return figures.sort((a, b) => a.start - b.start);
}

function toFigure(
	sentence: string,
	kind: Figure['kind'],
	match: RegExpMatchArray,
): Figure | undefined {
	const [, prefix = '', number = '', magnitude = '', rawSuffix = ''] = match;
	const start = match.index ?? 0;
	const before = sentence.slice(0, start);
	const after = sentence.slice(start + match[0].length);
	if (
		(/[\p{L}\p{N},.]-?$/u.test(before) && !/[$€£¥₹₽]/u.test(prefix)) ||
		/^[\p{N}]|^[.,]\d/u.test(after)
	)
		return undefined;
	// "Shuttle #11 loops around", "No. 5 bus": a number that names something counts nothing.
	if (/(?:#|\bNo\.)\s*$/u.test(before)) return undefined;
	// "a second barrier" is another barrier; "a hundred and twelve" is not twelve.
	if (kind === 'ordinal' && /\ban?\s+$/i.test(before)) return undefined;
	if (/\b(?:hundred|thousand|million|billion)\s+(?:and\s+)?$/i.test(before)) return undefined;
	if (kind === 'count' && /\bthe\s+$/i.test(before) && !/^\d/.test(number)) return undefined;
	const unitWord = rawSuffix.trim().replace(/^-/, '');
	const suffix = kind === 'count' && !isUnit(unitWord, rawSuffix.startsWith('-')) ? '' : rawSuffix;
	if (kind === 'ordinal' && !suffix) return undefined;
	if (kind === 'count' && !suffix && !magnitude && /^(?:1\d{3}|2[01]\d{2})$/.test(number))
		return undefined;
	const text = `${prefix}${number}${magnitude}${suffix}`;
	const parsed = parseNumber(`${number}${magnitude.replace(/^\s/, ' ')}`);
	if (!parsed || parsed.value === 0) return undefined;
	const unit = unitOf(kind, prefix, suffix, parsed.value);
	return {
		kind,
		start,
		end: start + text.length,
		text,
		value: parsed.value,
		...(unit ? { unit } : {}),
		isApproximate: approximate.test(before),
		parts: { prefix, number, magnitude, suffix },
	};
}

function isUnit(word: string, isHyphenated: boolean): boolean {
	if (word.length < 2 || unitStopWords.has(word)) return false;
	return (
		isHyphenated || singularUnits.has(word) || (/^[a-z]{3,}s$/.test(word) && !word.endsWith('ss'))
	);
}

function unitOf(
	kind: Figure['kind'],
	prefix: string,
	suffix: string,
	value: number,
): string | undefined {
	if (kind === 'money') return prefix.trim() || suffix.trim();
	if (kind === 'percent') return 'percent';
	if (kind === 'ordinal') return undefined;
	const word = suffix.trim().replace(/^-/, '');
	if (!word) return undefined;
	return suffix.startsWith('-') && value !== 1 ? plural(word) : word;
}
