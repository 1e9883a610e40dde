// Candidates: wrong options drawn from the pools that fit the answer's slot.
import type { Rng } from '../../core/random.js';
import { type DateMention, months, weekdays } from '../facts/dates.js';
import type { Entity } from '../facts/entities.js';
import type { Figure } from '../facts/figures.js';
import { numberWord, ordinalWord, spelledValue } from '../facts/number-words.js';

/** Up to `count` distinct items from `pool` (in random order) that pass `isAllowed`. */
export function sample<T>(
	pool: readonly T[],
	count: number,
	rng: Rng,
	isAllowed: (item: T) => boolean,
): T[] {
	const picked: T[] = [];
	const tried = new Set<number>();
	// Random probes keep this linear in `count`, however large the pool.
	for (
		let attempt = 0;
		attempt < count * 8 && tried.size < pool.length && picked.length < count;
		attempt++
	) {
		const index = Math.floor(rng() * pool.length);
		if (tried.has(index)) continue;
		tried.add(index);
		const item = pool[index] as T;
		if (isAllowed(item)) picked.push(item);
	}
	return picked;
}

/** How an entity is written when the article uses its short form ("Putin") or its full name. */
export function entityForm(entity: Entity, isShort: boolean): string {
	if (!isShort || entity.kind !== 'person') return entity.name;
	const single = entity.forms.find((form) => !form.includes(' '));
	return single ?? entity.name.split(' ').at(-1) ?? entity.name;
}

/** Other figures in the same format: "$140 billion" → "$70 billion", "$210 billion" … */
export function perturbFigure(figure: Figure, rng: Rng, count: number): string[] {
	const { prefix, number, magnitude, suffix } = figure.parts;
	const spelled = spelledValue(number);
	// Within half and double the answer: "468 years" beside "117 years" is no choice at all.
	const factors = isLongSpan(figure) ? narrowFactors : wideFactors;
	const seen = new Set([figure.text.toLowerCase()]);
	const out: string[] = [];
	for (let attempt = 0; attempt < 40 && out.length < count; attempt++) {
		const factor = factors[Math.floor(rng() * factors.length)] as number;
		let text: string | undefined;
		if (figure.kind === 'ordinal') text = ordinalWord(Math.max(2, (spelled ?? 2) + offset(rng)));
		else if (spelled !== undefined) {
			const value = spelled <= 12 ? spelled + offset(rng) : Math.round(spelled * factor);
			text = value >= 2 ? numberWord(value, number) : undefined;
		} else text = scaleNumber(number, factor);
		if (!text) continue;
		const whole = `${prefix}${text}${magnitude}${suffix}`;
		if (seen.has(whole.toLowerCase())) continue;
		seen.add(whole.toLowerCase());
		out.push(whole);
	}
	return out;
}

const wideFactors = [0.5, 0.6, 0.75, 0.8, 1.25, 1.5, 1.75, 2];
/** "117 years ago": a reader who dates the event rules out 234 at once, so stay near. */
const narrowFactors = [0.75, 0.8, 0.85, 0.9, 1.1, 1.15, 1.2, 1.25];

/** Twenty years or more, or decades and centuries: a span readers place on a calendar. */
function isLongSpan(figure: Figure): boolean {
	const unit = figure.unit ?? '';
	return /^(?:years?|decades?|centuries|century)$/u.test(unit) && figure.value >= 20;
}

/** Whether a figure of the article is a fair distractor for `figure`: in the same range. */
export function isNearFigure(figure: Figure, value: number): boolean {
	const factors = isLongSpan(figure) ? narrowFactors : wideFactors;
	const low = (factors[0] as number) * figure.value;
	const high = (factors.at(-1) as number) * figure.value;
	return value >= low && value <= high && value !== figure.value;
}

const offset = (rng: Rng) => [-3, -2, -1, 1, 2, 3][Math.floor(rng() * 6)] as number;

/** Multiply a written number, keeping its grouping and decimals: "5,000" × 2 → "10,000". */
function scaleNumber(number: string, factor: number): string | undefined {
	const value = Number(number.replaceAll(',', ''));
	const decimals = number.split('.')[1]?.length ?? 0;
	const digits = number.replace(/[^\d]/g, '').replace(/^0+/, '').replace(/0+$/, '').length || 1;
	const step =
		10 ** Math.max(0, Math.floor(Math.log10(Math.abs(value) || 1)) - Math.max(1, digits) + 1);
	let scaled = Math.round((value * factor) / step) * step;
	if (decimals > 0) scaled = Number((value * factor).toFixed(decimals));
	if (scaled <= 0 || scaled === value) return undefined;
	const [whole = '', fraction] = scaled.toFixed(decimals).split('.');
	const grouped = number.includes(',') ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
	return fraction ? `${grouped}.${fraction}` : grouped;
}

/**
 * Other dates of the same kind: other weekdays, months, nearby years, the same format. A year
 * keeps its place among the other years of `sentence` ("opened in 1990 … until 2005" never
 * offers 2016), and a year taken from the article is near the answer's.
 */
export function otherDates(
	date: DateMention,
	fromArticle: readonly string[],
	rng: Rng,
	count: number,
	sentence = '',
): string[] {
	const own = date.text.toLowerCase();
	const fits = yearOrder(date.text, sentence.replace(date.text, ' '));
	const article = sample(
		fromArticle,
		count,
		rng,
		// "September 15" is no choice beside "September 24, 2007": a year on all or on none.
		(text) =>
			text.toLowerCase() !== own &&
			fits(text, 10) &&
			Number.isNaN(yearIn(text)) === Number.isNaN(yearIn(date.text)),
	).slice(0, 1);
	const out = [...article];
	const seen = new Set([own, ...article.map((text) => text.toLowerCase())]);
	for (let attempt = 0; attempt < 40 && out.length < count; attempt++) {
		const text = shiftDate(date, rng);
		if (!text || seen.has(text.toLowerCase()) || !fits(text, 12)) continue;
		seen.add(text.toLowerCase());
		out.push(text);
	}
	return out;
}

const yearIn = (text: string) => Number(/\b(1\d{3}|2[01]\d{2})\b/u.exec(text)?.[1] ?? Number.NaN);

/** Whether another date keeps the answer's year on the same side of every other year given. */
function yearOrder(answer: string, rest: string): (text: string, within: number) => boolean {
	const year = yearIn(answer);
	if (Number.isNaN(year)) return () => true;
	const others = (rest.match(/\b(?:1\d{3}|2[01]\d{2})\b/gu) ?? []).map(Number);
	return (text, within) => {
		const other = yearIn(text);
		if (Number.isNaN(other)) return true;
		if (Math.abs(other - year) > within) return false;
		return others.every((given) => Math.sign(other - given) === Math.sign(year - given));
	};
}

const monthName = new RegExp(months.join('|'));

function shiftDate(date: DateMention, rng: Rng): string | undefined {
	const pick = <T>(items: readonly T[]) => items[Math.floor(rng() * items.length)] as T;
	switch (date.kind) {
		case 'weekday':
			return pick(weekdays);
		case 'month':
			return pick(months);
		case 'year':
			return String(Number(date.text) + offset(rng) * pick([1, 2, 3]));
		case 'date':
			return date.text
				.replace(monthName, () => pick(months))
				.replace(/\b(\d{4})\b/, (year) => String(Number(year) + offset(rng)));
		case 'time':
			return date.text.replace(/^\d{1,2}/, (hour) =>
				String(((Number(hour) + offset(rng) + 11) % 12) + 1),
			);
	}
}
