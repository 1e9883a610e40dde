import { answerText } from '../core/grade/grade.js';
import { normalizeText } from '../core/grade/normalize.js';
import type { QuizItem } from '../core/select.js';
import { inPlaceText } from '../format/verdict-parts.js';
import type { ClassSettings, GivenAnswer, Player } from './class-state.js';

/** Points for one answer: 1 when right; with a speed bonus 1000 at once down to 500 at the bell. */
export function pointsFor(correct: boolean, ms: number, settings: ClassSettings): number {
	if (!correct) return 0;
	if (!settings.speedBonus) return 1;
	const share = Math.min(1, Math.max(0, ms / Math.max(1, settings.timeLimitMs)));
	return Math.round(1000 - 500 * share);
}

/** A player's place: equal scores share a rank (1, 2, 2, 4). */
export type Ranked = {
	readonly key: string;
	readonly name: string;
	readonly score: number;
	readonly rank: number;
};

/** Players by score, highest first; ties keep the order of joining. */
export function standings(players: readonly Player[]): Ranked[] {
	const sorted = [...players].sort((a, b) => b.score - a.score);
	const ranked: Ranked[] = [];
	sorted.forEach((player, position) => {
		const previous = ranked[position - 1];
		const rank = previous && previous.score === player.score ? previous.rank : position + 1;
		ranked.push({ key: player.key, name: player.name, score: player.score, rank });
	});
	return ranked;
}

/** One bar of the answer chart. */
export type Bar = { readonly label: string; readonly count: number; readonly isCorrect: boolean };

/** How many free-text wrong answers get a bar of their own; the rest are "other". */
const textBars = 3;

/**
 * The answer distribution: one bar per option for choice and true/false questions; for free
 * text, the right answers together, the commonest wrong answers and "other".
 */
export function distribution(item: QuizItem, answers: readonly GivenAnswer[]): Bar[] {
	if (item.question.type === 'order') return orderBars(item.question.items.length, answers);
	if (item.options.length > 0) {
		const counts = new Map(item.options.map((option) => [option, 0]));
		for (const answer of answers) {
			const option = chosenOption(item.options, answer.given);
			if (option !== undefined) counts.set(option, (counts.get(option) ?? 0) + 1);
		}
		const expected = answerText(item.question);
		return item.options.map((option) => ({
			label: option,
			count: counts.get(option) ?? 0,
			isCorrect: option === expected,
		}));
	}
	const right = answers.filter((answer) => answer.correct).length;
	const wrong = new Map<string, { label: string; count: number }>();
	for (const answer of answers) {
		if (answer.correct) continue;
		const key = normalizeText(answer.given);
		const entry = wrong.get(key) ?? { label: answer.given.trim(), count: 0 };
		entry.count += 1;
		wrong.set(key, entry);
	}
	const commonest = [...wrong.values()].sort((a, b) => b.count - a.count);
	const shown = commonest.slice(0, textBars);
	const other = commonest.slice(textBars).reduce((sum, entry) => sum + entry.count, 0);
	return [
		{ label: answerText(item.question), count: right, isCorrect: true },
		...shown.map((entry) => ({ ...entry, isCorrect: false })),
		...(other > 0 ? [{ label: 'other', count: other, isCorrect: false }] : []),
	];
}

/**
 * An order question's bars: how many had all in place, then each smaller count given, down to
 * none in place (a count nobody had is left out, but all in place always shows).
 */
function orderBars(of: number, answers: readonly GivenAnswer[]): Bar[] {
	const counts = Array.from({ length: of + 1 }, () => 0);
	for (const answer of answers) {
		const right = answer.inPlace?.right ?? 0;
		counts[right] = (counts[right] ?? 0) + 1;
	}
	const bars: Bar[] = [];
	for (let right = of; right >= 0; right--) {
		const count = counts[right] ?? 0;
		if (right === of || count > 0)
			bars.push({ label: inPlaceText({ right, of }), count, isCorrect: right === of });
	}
	return bars;
}

/** A two-part question: how many had part A right, and of them how many part B too. */
export function partBTally(answers: readonly GivenAnswer[]): { partA: number; both: number } {
	let partA = 0;
	let both = 0;
	for (const answer of answers) {
		if (answer.support?.correct === undefined || answer.support.correct === null) continue;
		partA++;
		if (answer.support.correct) both++;
	}
	return { partA, both };
}

/** The option an accepted answer names: its text (leniently) or True/False. */
function chosenOption(options: readonly string[], given: string): string | undefined {
	const typed = normalizeText(given);
	return options.find((option) => normalizeText(option) === typed);
}
