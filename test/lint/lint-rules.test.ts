// Each rule `quizline lint` runs, on a question of the bundled article that breaks it and one
// that does not, through the same path the command takes (parse, view, the generator's rules).
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseBank } from '../../src/core/bank/parse.js';
import type { QuestionInput } from '../../src/generate/candidates/candidate.js';
import { rules } from '../../src/generate/judge/judge.js';
import { pairRules } from '../../src/generate/judge/rules-items.js';
import { readArticleFacts } from '../../src/lint/article-facts.js';
import { type LintFinding, lintBank } from '../../src/lint/lint-bank.js';
import { bankRules, questionRules } from '../../src/lint/lint-rules.js';
import { bundledArticle, fixture, fixtureNames, judgedCandidates } from '../generate/helpers.js';

const read = readArticleFacts(bundledArticle);
const lines = bundledArticle.split('\n');

type Draft = Partial<QuestionInput> & { readonly line: number; readonly quote: string };

/** A curated question on the bundled article: `quote` must stand on `line`. */
function question(id: string, draft: Draft, highlight?: string): QuestionInput {
	const { line, quote, ...fields } = draft;
	expect(lines[line - 1]).toContain(quote);
	return {
		id,
		type: 'short',
		prompt: '',
		answer: '',
		...fields,
		source: { line, quote, ...(highlight ? { highlight } : {}) },
		origin: 'curated',
	} as QuestionInput;
}

/** The findings of a bank of these questions. */
function lint(questions: readonly QuestionInput[], article = read): LintFinding[] {
	const text = stringify({ article: { file: 'putin-xi-sco-2022.txt', title: 'T' }, questions });
	const parsed = parseBank(text, 'bank.yaml');
	if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('\n'));
	const { bank, positions } = parsed;
	return lintBank({ file: 'bank.yaml', bank, positions, text, readArticle: () => article });
}

const rulesOf = (questions: readonly QuestionInput[]) => lint(questions).map((found) => found.rule);

const choice = (prompt: string, choices: string[], answer: string) =>
	({ type: 'choice', prompt, choices, answer }) as const;
const kazakhstan = { line: 20, quote: 'Xi visited Kazakhstan' };
const inward = { line: 18, quote: 'China has turned increasingly inward' };

/** A case of one question asked two ways: broken with `bad`, put right with `good`. */
function twoWays<T>(build: (value: T) => QuestionInput, bad: T, good: T) {
	return { fails: [build(bad)], passes: [build(good)] };
}

/** A choice on `where` whose first option is the key. */
const keyFirst =
	(where: { line: number; quote: string }, prompt: string, id = 'q') =>
	(choices: string[]) =>
		question(id, { ...where, ...choice(prompt, choices, choices[0] as string) });

const trip = { line: 19, quote: 'China still has friends and partners' };
const grouping = { line: 13, quote: 'also includes India, Pakistan' };

/** "Which country does the article `not` name …?" */
const negativeStem = (not: string) =>
	keyFirst(
		{ line: 13, quote: 'also includes India, Pakistan and four Central Asian nations' },
		`Which country does the article ${not} name as a member of the grouping?`,
	)(['Japan', 'India', 'Pakistan']);
const unveiledIn = keyFirst(kazakhstan, 'Where did Xi unveil his Belt and Road Initiative?');

/** The bundled bank's "who said" question on line 11. */
const kirbySaid = question('kirby-strain-stress', {
	line: 11,
	quote: 'Kirby said Putin was',
	...choice(
		'According to the article, who said Putin was “very much under strain and stress”?',
		['Xi', 'Pelosi', 'Kirby', 'Tokayev'],
		'Kirby',
	),
});

/** Per rule: questions that break it, and the same questions put right. */
const cases: Record<string, { fails: QuestionInput[]; passes: QuestionInput[] }> = {
	'answer-longest': twoWays(
		keyFirst(inward, 'What has China done since the beginning of the pandemic?'),
		[
			'turned increasingly inward and kept a strict zero-Covid policy',
			'opened its borders',
			'joined NATO',
			'left the SCO',
		],
		[
			'turned increasingly inward',
			'opened its borders wide',
			'joined Western sanctions',
			'left the regional grouping',
		],
	),
	agreement: twoWays(
		keyFirst(
			{ line: 20, quote: 'a massive infrastructure project' },
			'Xi unveiled his flagship Belt and Road Initiative, a _____ project that stretches from East Asia to Europe.',
		),
		['massive infrastructure', 'ordinary', 'unknown', 'local'],
		['massive infrastructure', 'modest railway', 'small digital', 'local tourism'],
	),
	// The bundled bank's own question before it was put right.
	'cue-word': twoWays(
		keyFirst(
			inward,
			'Xi had not left China in more than two years. What context does the article give that helps explain this?',
			'why-xi-stayed-home',
		),
		[
			'China’s inward turn during the pandemic',
			'Western sanctions on Chinese leaders',
			'tension after the military drills around Taiwan',
			'preparations for the Winter Olympics',
		],
		[
			'an inward turn during the pandemic',
			'Western sanctions on Chinese leaders',
			'tension after the military drills around Taiwan',
			'preparations for the Winter Olympics',
		],
	),
	'duplicate-options': twoWays(
		keyFirst(kazakhstan, 'Which country did Xi visit before arriving at the summit?'),
		['Kazakhstan', 'Uzbekistan', 'Kazakstan', 'Kyrgyzstan'],
		['Kazakhstan', 'Uzbekistan', 'Tajikistan', 'Kyrgyzstan'],
	),
	'answer-in-prompt': {
		fails: [
			question('q', {
				line: 21,
				quote: 'Kazakh President Kassym-Jomart Tokayev',
				prompt: 'Xi met Tokayev on Wednesday. Which Kazakh president did Xi meet?',
				answer: 'Tokayev',
			}),
		],
		passes: [
			question('q', {
				line: 21,
				quote: 'Kazakh President Kassym-Jomart Tokayev',
				prompt: 'Name the Kazakh president Xi met on Wednesday.',
				answer: 'Tokayev',
			}),
		],
	},
	'unresolved-pronoun': {
		// The bundled bank's own question before it was put right.
		fails: [
			question('no-limits-partnership', {
				line: 16,
				quote: 'framed their “no-limits’ partnership',
				prompt:
					'At their February meeting, what two-word label did the leaders give their partnership?',
				answer: 'no-limits',
			}),
		],
		passes: [
			question('no-limits-partnership', {
				line: 16,
				quote: 'framed their “no-limits’ partnership',
				prompt:
					'At the February meeting of Putin and Xi, what two-word label did the two leaders give their partnership?',
				answer: 'no-limits',
			}),
		],
	},
	'absolute-distractor': twoWays(
		keyFirst(trip, 'What does Xi’s trip to Central Asia offer him a chance to show?'),
		[
			'that China still has friends and partners',
			'that China will always stand alone',
			'that China never needs partners',
			'that China has left the SCO',
		],
		[
			'that China still has friends and partners',
			'that China prefers to stand alone',
			'that China needs few partners',
			'that China has left the SCO',
		],
	),
	'negative-stem': {
		fails: [negativeStem('not')],
		passes: [
			negativeStem('NOT'),
			negativeStem('*not*'),
			// A "not" in the article's sentence around a blank, or after the question, asks nothing.
			keyFirst(
				{ line: 13, quote: 'also includes India, Pakistan and four Central Asian nations' },
				'Which country belongs in the blank? The grouping, which could not agree, also includes _____ and Pakistan.',
			)(['India', 'Japan', 'Nepal']),
		],
	},
	'above-options': twoWays(
		keyFirst(
			grouping,
			'Which two countries does the grouping include, besides Russia, China and Central Asian nations?',
		),
		['India and Pakistan', 'Japan and South Korea', 'all of the above', 'Iran and Turkey'],
		['India and Pakistan', 'Japan and South Korea', 'Brazil and Mexico', 'Iran and Turkey'],
	),
	'pronoun-highlight': twoWays(
		(highlight: string) =>
			question(
				'q',
				{
					line: 23,
					quote: 'He also met the presidents of Kyrgyzstan, Tajikistan and Turkmenistan Thursday.',
					prompt: 'Which three Central Asian presidents did Xi also meet on Thursday?',
					answer: 'those of Kyrgyzstan, Tajikistan and Turkmenistan',
				},
				highlight,
			),
		'He',
		'Kyrgyzstan, Tajikistan and Turkmenistan',
	),
	'mixed-options': {
		fails: [
			['Kazakhstan', 'Uzbekistan', '2013', 'Tajikistan'],
			['Kazakhstan', 'Uzbekistan', 'Tokayev', 'Tajikistan'],
		].map(unveiledIn),
		passes: [unveiledIn(['Kazakhstan', 'Uzbekistan', 'Pakistan', 'Tajikistan'])],
	},
	'same-fact': {
		fails: [
			kirbySaid,
			question('who-said', {
				line: 11,
				quote: 'Kirby said Putin was',
				prompt:
					'Who said “very much under strain and stress. In Ukraine, his army is not doing well…”?',
				answer: 'John Kirby',
			}),
		],
		passes: [
			kirbySaid,
			question('kremlin-cozy-up', {
				line: 11,
				quote: 'cozy up to Beijing',
				prompt: 'In the US official’s view, which capital would the Kremlin want to cozy up to?',
				answer: 'Beijing',
			}),
		],
	},
	'true-false-pair': {
		fails: [
			question('tf-true', {
				...inward,
				type: 'truefalse',
				prompt: 'True or false: China has turned increasingly inward since the pandemic began.',
				answer: true,
			}),
			question('tf-false', {
				...inward,
				type: 'truefalse',
				prompt: 'True or false: China has turned increasingly outward since the pandemic began.',
				answer: false,
			}),
		],
		passes: [
			question('tf-true', {
				...inward,
				type: 'truefalse',
				prompt: 'True or false: China has turned increasingly inward since the pandemic began.',
				answer: true,
			}),
			question('tf-other', {
				...kazakhstan,
				type: 'truefalse',
				prompt: 'True or false: Before arriving at the summit, Xi visited Kazakhstan.',
				answer: true,
			}),
		],
	},
};

/** Rules that hold only a question the generator built, found again in the bank. */
const generatedOnly = questionRules.filter((rule) => rule.isGeneratedOnly).map((rule) => rule.name);

describe('quizline lint rules', () => {
	it('are the functions of the generator’s own table, so its filter applies them too', () => {
		const table = new Map(rules.map(([name, , check]) => [name as string, check]));
		for (const rule of questionRules) expect(table.get(rule.name), rule.name).toBe(rule.check);
		for (const name of ['absolute-distractor', 'negative-stem', 'above-options'])
			expect(table.has(name)).toBe(true);
		expect(bankRules.map((rule) => rule.check)).toEqual(pairRules.map(([, , check]) => check));
	});

	it('has a case for every rule it runs', () => {
		const all = [...questionRules, ...bankRules].map((rule) => rule.name);
		expect(Object.keys(cases).sort()).toEqual(
			all.filter((name) => !generatedOnly.includes(name)).sort(),
		);
	});

	it.each(Object.entries(cases))('%s: finds the flaw, and not once it is put right', (rule, c) => {
		expect(rulesOf(c.fails)).toContain(rule);
		expect(rulesOf(c.passes)).not.toContain(rule);
	});

	it('says what it found and how to fix it, at the question', () => {
		const [found] = lint(cases['negative-stem']?.fails ?? []);
		expect(found).toMatchObject({
			file: 'bank.yaml',
			// questions: is line 4; its first item's `id` opens on line 5, after "  - ".
			line: 5,
			col: 5,
			questionId: 'q',
			rule: 'negative-stem',
			detail: 'the question turns on “not”, which is easily missed',
		});
		expect(found?.message).toBe(
			'negative-stem: the question turns on “not”, which is easily missed (fix: ask it positively, or write NOT (or *not*) so it stands out)',
		);
	});
});

describe('rules that only a generated question can break', () => {
	const articles = [bundledArticle, ...fixtureNames.map(fixture)];
	it.each(generatedOnly)('%s: a candidate the generator rejects is found again', (rule) => {
		const found = articles
			.map((text) => ({
				text,
				hit: judgedCandidates(text, ['quizline']).find((item) => item.finding?.rule === rule),
			}))
			.find((item) => item.hit);
		if (!found?.hit) throw new Error(`no candidate breaks ${rule}`);
		const article = readArticleFacts(found.text);
		const generated = { ...found.hit.candidate.question, origin: 'generated' } as QuestionInput;
		expect(lint([generated], article).map((item) => item.rule)).toContain(rule);
		// Written by hand, the same question is not read as the article's own text.
		const curated = { ...generated, origin: 'curated' } as QuestionInput;
		expect(lint([curated], article).map((item) => item.rule)).not.toContain(rule);
	});
});
