import { describe, expect, it } from 'vitest';
import type { Candidate, QuestionInput } from '../../../src/generate/candidates/candidate.js';
import type { Fact } from '../../../src/generate/facts/facts.js';
import { isNearDuplicate, isSameThing } from '../../../src/generate/judge/alike.js';
import {
	answerInPrompt,
	answerLongest,
	distractorIsAnswer,
	duplicateOptions,
	quoteNotInLine,
	tooFewOptions,
	unreadablePrompt,
} from '../../../src/generate/judge/rules.js';
import { readArticle } from '../helpers.js';

const line =
	'Putin made the comments when meeting Chinese leader Xi Jinping in person at a regional summit in Uzbekistan.';
const sentence = { index: 0, line: 1, start: 0, end: line.length, text: line };
const entity = {
	key: 'person:xi jinping',
	kind: 'person',
	name: 'Xi Jinping',
	forms: ['Xi Jinping', 'Xi'],
	isAfterThe: false,
} as const;
const baseFact: Fact = {
	kind: 'entity',
	entity,
	isAfterThe: false,
	keys: ['xi@0'],
	line: 1,
	sentence,
	start: 52,
	end: 62,
	text: 'Xi Jinping',
};
const shown = line.replace('Xi Jinping', '_____');
const context = readArticle(line).context(1);

type Overrides = {
	readonly question?: Record<string, unknown>;
	readonly fact?: Fact;
	readonly shownText?: string;
};

function candidate({ question: changes, ...rest }: Overrides = {}): Candidate {
	const question = {
		id: 'pending',
		type: 'choice',
		prompt: `Who belongs in the blank? ${shown}`,
		choices: ['Xi Jinping', 'John Kirby', 'Nancy Pelosi', 'Kassym-Jomart Tokayev'],
		answer: 'Xi Jinping',
		source: { line: 1, quote: line },
		...changes,
	} as QuestionInput;
	return { fact: baseFact, answerForms: ['Xi Jinping', 'Xi'], shownText: shown, ...rest, question };
}
const withChoices = (choices: string[], answer = 'Xi Jinping') =>
	candidate({ question: { choices, answer } });

describe('quality rules (each rejects its case and passes a good question)', () => {
	const good = candidate();

	it.each([
		[
			'quoteNotInLine',
			quoteNotInLine,
			candidate({
				question: { source: { line: 1, quote: 'met Chinese leader Xi Jinping in  person' } },
			}),
		],
		['unreadablePrompt: too short', unreadablePrompt, candidate({ shownText: '_____ said so.' })],
		[
			'unreadablePrompt: dangling pronoun',
			unreadablePrompt,
			candidate({ shownText: 'He met _____ in person at a regional summit in Uzbekistan.' }),
		],
		[
			'unreadablePrompt: a clause cut from its sentence',
			unreadablePrompt,
			candidate({ shownText: '…which has largely condemned what _____ is doing in Ukraine…' }),
		],
		[
			'answerInPrompt: another form',
			answerInPrompt,
			candidate({ shownText: 'Xi met _____ in person at a regional summit in Uzbekistan.' }),
		],
		['tooFewOptions', tooFewOptions, withChoices(['Xi Jinping', 'John Kirby'])],
		[
			'distractorIsAnswer: a part of the name',
			distractorIsAnswer,
			withChoices(['Xi Jinping', 'Xi', 'John Kirby', 'Nancy Pelosi']),
		],
		[
			'distractorIsAnswer: case and plural',
			distractorIsAnswer,
			withChoices(['military drills', 'Military Drill', 'naval patrols'], 'military drills'),
		],
		[
			'duplicateOptions: one letter apart',
			duplicateOptions,
			withChoices(['Xi Jinping', 'John Kirby', 'John Kirbi', 'Nancy Pelosi']),
		],
		[
			'duplicateOptions: one figure two ways',
			duplicateOptions,
			withChoices(['$140 billion', '$140bn', '$200 billion'], '$140 billion'),
		],
		[
			'answerLongest',
			answerLongest,
			withChoices(
				['Chinese Ministry of Foreign Affairs', 'CNN', 'NATO', 'White House'],
				'Chinese Ministry of Foreign Affairs',
			),
		],
	])('%s', (_name, rule, bad) => {
		expect(rule(good, context)).toBeUndefined();
		expect(rule(bad, context)).toEqual(expect.any(String));
	});

	it('lets who-said prompts start with a pronoun, as speech does', () => {
		const quote = { ...baseFact, kind: 'quote' } as unknown as Fact;
		expect(
			unreadablePrompt(
				candidate({ fact: quote, shownText: '“We understand your concerns”' }),
				context,
			),
		).toBeUndefined();
	});

	it('judges "the same thing" by words, not letters', () => {
		expect(isSameThing('Xi', 'Xi Jinping')).toBe(true);
		expect(isSameThing('The Kremlin’s', 'kremlins')).toBe(true);
		expect(isSameThing('two metres', '2 metres')).toBe(true);
		expect(isSameThing('East Asia', 'Central Asia')).toBe(false);
		expect(isNearDuplicate('Tajikistan', 'Tajikstan')).toBe(true);
		expect(isNearDuplicate('$140 billion', '$180 billion')).toBe(false);
	});
});
