import { describe, expect, it } from 'vitest';
import { isNearDuplicate, isSameThing } from '../../src/generate/alike.js';
import { createBankRules, sentenceCapacity } from '../../src/generate/bank-rules.js';
import type { Candidate, QuestionInput } from '../../src/generate/candidate.js';
import type { Fact } from '../../src/generate/facts.js';
import {
	answerInPrompt,
	answerLongest,
	distractorIsAnswer,
	duplicateOptions,
	quoteNotInLine,
	tooFewOptions,
	unreadablePrompt,
} from '../../src/generate/rules.js';

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
		expect(rule(good, line)).toBeUndefined();
		expect(rule(bad, line)).toEqual(expect.any(String));
	});

	it('lets who-said prompts start with a pronoun, as speech does', () => {
		const quote = { ...baseFact, kind: 'quote' } as unknown as Fact;
		expect(
			unreadablePrompt(
				candidate({ fact: quote, shownText: '“We understand your concerns”' }),
				line,
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

describe('bank rules', () => {
	it('asks about a fact once, and not again when a curated question covers it', () => {
		const rules = createBankRules(new Set(['1:uzbekistan']));
		const first = candidate();
		expect(rules.checkFact(first.fact)).toBeUndefined();
		rules.add(first);
		expect(rules.checkFact(first.fact)?.reason).toBe('same-fact');
		const covered = { ...baseFact, keys: ['uz@0'], start: 96, end: 106, text: 'Uzbekistan' };
		expect(rules.checkFact(covered)).toMatchObject({
			reason: 'same-fact',
			detail: 'a curated question asks about it',
		});
	});

	it('refuses a prompt word for word again, but lets another kind try', () => {
		const rules = createBankRules();
		rules.add(candidate());
		const twin = candidate({ fact: { ...baseFact, keys: ['other'] } });
		expect(rules.checkCandidate(twin)).toMatchObject({
			reason: 'same-fact',
			mayTryOtherKind: true,
		});
	});

	it('caps questions per sentence and per answer', () => {
		expect(sentenceCapacity('one two three')).toBe(1);
		expect(sentenceCapacity(line)).toBe(2);
		const rules = createBankRules();
		let made = 0;
		const onLine = (n: number) =>
			candidate({
				fact: { ...baseFact, keys: [`fact-${made++}`], sentence: { ...sentence, index: n } },
			});
		rules.add(onLine(0));
		rules.add(onLine(0));
		expect(rules.checkFact(onLine(0).fact)?.reason).toBe('crowded-sentence');
		rules.add(onLine(1));
		rules.add(onLine(2));
		expect(rules.checkFact(onLine(3).fact)?.reason).toBe('overused-answer');
	});
});
