import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/generate/candidates/candidate.js';
import { negate } from '../../../src/generate/candidates/statement-questions.js';
import { type RuleName, rules } from '../../../src/generate/judge/judge.js';
import { bundledArticle, judgedCandidates, readArticle } from '../helpers.js';

type Case = {
	/** What the case shows. */
	readonly name: string;
	/** A real text, or a few real sentences of one. */
	readonly text: string;
	/** Picks the candidates the case is about. */
	readonly pick: (candidate: Candidate) => boolean;
	/** The rule that must reject them (failing case), or the rule that must not (passing case). */
	readonly rule: RuleName;
	readonly isRejected: boolean;
	/** Seeds to generate with, where the default four may not make such a candidate. */
	readonly seeds?: readonly string[];
};

const answerIs =
	(answer: string | boolean, type?: string) =>
	({ question }: Candidate) =>
		String(question.answer) === String(answer) && (type === undefined || question.type === type);
const factIs =
	(text: string, type?: string) =>
	({ fact, question }: Candidate) =>
		fact.text === text && (type === undefined || question.type === type);
const falseSwap = (from: string) => (candidate: Candidate) =>
	candidate.question.type === 'truefalse' &&
	candidate.fact.text === from &&
	candidate.swap !== undefined;

const bundled = bundledArticle;
const fed =
	'Inflation has continued to run below the Committee’s 2 percent longer-run objective, partly reflecting declines in energy prices. Household spending has been increasing at solid rates in recent months. Inflation is expected to rise to 2 percent over the medium term. In determining the timing of future adjustments, the Committee will assess economic conditions relative to its objectives of maximum employment and 2 percent inflation.';
const tunnel =
	'Bus routes from King County Metro and Sound Transit Express left the tunnel north via Interstate 5, south via the SODO Busway, or east via Interstate 90. Metro also runs a special route, the Route 97 Link Shuttle, between all Link light rail stations during service disruptions. The tunnel between Convention Place and Westlake stations was built using the cut-and-cover method, closing Pine Street for 19 months.';
const transit =
	'Soft openings and public previews of the five tunnel stations were held from August 1989 to September 1990, with regular bus service beginning on September 15, carrying 28,000 daily passengers in its first year of operation. During weekends, 1 Line trains arrive every 10 minutes during midday hours and every 15 minutes during mornings and evenings. Prior to the cessation of bus service in March 2019, the DSTT was served by seven bus routes that stopped at all four tunnel stations as well as stops near the former Convention Place station. The Federal Reserve raised its rate after its meeting in October, officials said.';
const shares =
	'In the election, the Labour candidate won 52 percent of the vote, the Conservative candidate won 30 percent and the independent took 18 percent. Turnout in the district was 61 percent, the lowest since 1998, officials in Leeds said on Friday.';

const release = readFileSync(
	new URL('../../fixtures/real-texts/science-news.txt', import.meta.url),
	'utf8',
);

const nobel =
	"OSLO — The 2004 Nobel Peace Prize was awarded today to Dr Wangari Maathai from Kenya. Dr Maathai's project was opposed by the Kenyan government during Daniel arap Moi's rule, and Dr Maathai's demonstrations to protect the forests often met with violent resistance. In 1997 Dr Maathai ran for president on the Liberal Party of Kenya ticket.";
const stations =
	'The King County Metro Council approved the bus tunnel proposal in November 1983, but construction did not begin until March 1987. The segment from Westlake to the International District was bored with two tunnel-boring machines, heading north from Union Station and finishing within a month of each other. Light rail service from Westlake to International District/Chinatown takes approximately seven minutes.';
const launch =
	'Mars 2020 will launch on a United Launch Alliance Atlas V rocket from Space Launch Complex 41 at Cape Canaveral Air Force Station in Florida, and is expected to reach Mars in February 2021. The Mars Helicopter, a small, autonomous rotorcraft, will travel with the agency’s Mars 2020 rover mission. The rover then will be driven away from the helicopter to a safe distance. Engineers tested the helicopter for years at a laboratory in California.';

const guide = readFileSync(
	new URL('../../fixtures/real-texts/travel-guide.txt', import.meta.url),
	'utf8',
);

const story = readFileSync(
	new URL('../../fixtures/real-texts/short-story.txt', import.meta.url),
	'utf8',
);
const encyclopedia = readFileSync(
	new URL('../../fixtures/real-texts/encyclopedia.txt', import.meta.url),
	'utf8',
);

const cases: Case[] = [
	{
		name: 'pronoun: “The misery had …” takes up the misery the sentences before told of (short story, line 14)',
		text: story,
		pick: (c) => c.question.type === 'truefalse' && c.shownText.startsWith('The misery had'),
		rule: 'dangling-reference',
		isRejected: true,
	},
	{
		name: 'pronoun: “The misery had …” takes up a misery the sentences before wrote in capitals',
		text: story.replace(/(?<!The )misery/gu, 'MISERY'),
		pick: (c) => c.question.type === 'truefalse' && c.shownText.startsWith('The misery had'),
		rule: 'dangling-reference',
		isRejected: true,
	},
	{
		name: 'pronoun: “the girl”, “the newcomer”: people the story met before, not named here (short story, line 6)',
		text: story,
		pick: (c) => c.question.type === 'truefalse' && c.shownText.startsWith('Brantain slowly arose'),
		rule: 'dangling-reference',
		isRejected: true,
	},
	{
		name: 'true/false: a story’s sentence negated reads unnaturally (short story, line 18)',
		text: story,
		pick: (c) =>
			c.question.type === 'truefalse' && c.question.answer === false && c.fact.kind === 'statement',
		rule: 'fragment-statement',
		isRejected: true,
	},
	{
		name: 'trivial: a copied statement about “Shuttle #11”, a numbered service (travel guide, line 12)',
		text: guide,
		pick: (c) => c.question.type === 'truefalse' && c.shownText.startsWith('Shuttle #11'),
		rule: 'label-number',
		isRejected: true,
	},
	{
		name: 'trivial: the statement beside it, about the terminals and the garage, stands (travel guide, line 12)',
		text: guide,
		pick: (c) =>
			c.question.type === 'truefalse' && c.shownText.startsWith('All terminals in Logan'),
		rule: 'label-number',
		isRejected: false,
	},
	{
		name: 'pronoun: “Visiting will reveal …”: visiting what, the sentences before said (travel guide, line 5)',
		text: guide,
		pick: (c) => c.question.type === 'truefalse' && c.shownText.startsWith('Visiting will'),
		rule: 'dangling-reference',
		isRejected: true,
	},
	{
		name: 'trivial: praise copied as a true statement is true on sight (travel guide, line 2)',
		text: guide,
		pick: (c) =>
			c.question.type === 'truefalse' &&
			c.question.answer === true &&
			c.shownText.startsWith('A city of history and tradition'),
		rule: 'praise-statement',
		isRejected: true,
	},
	{
		name: 'trivial: a statement of what the city is like, with no praise, stands (travel guide, line 7)',
		text: guide,
		pick: (c) =>
			c.question.type === 'truefalse' &&
			c.question.answer === true &&
			c.shownText.startsWith('Greater Boston is notoriously provincial'),
		rule: 'praise-statement',
		isRejected: false,
	},
	{
		name: 'true/false: “Fortunately though, …” answers a sentence it does not show (travel guide, line 14)',
		text: guide,
		pick: (c) => c.question.type === 'truefalse' && c.shownText.startsWith('Fortunately though'),
		rule: 'fragment-statement',
		isRejected: true,
	},
	{
		name: 'true/false: “You’ll find …”: a guide speaking to its reader (travel guide, line 7)',
		text: guide,
		pick: (c) => c.question.type === 'truefalse' && c.shownText.startsWith('You'),
		rule: 'fragment-statement',
		isRejected: true,
	},
	{
		name: 'pronoun: “The tunnel reopened”: the article’s topic, named again and again (encyclopedia, line 5)',
		text: encyclopedia,
		pick: (c) =>
			c.question.type === 'truefalse' && c.shownText.startsWith('The tunnel reopened on'),
		rule: 'dangling-reference',
		isRejected: false,
	},
	{
		name: 'vague: “today” in a prompt',
		text: nobel,
		pick: ({ shownText }) => /\btoday\b/u.test(shownText),
		rule: 'deictic-day',
		isRejected: true,
	},
	{
		name: 'vague: a sentence without a day word',
		text: nobel,
		pick: ({ fact }) => fact.text === '1997',
		rule: 'deictic-day',
		isRejected: false,
	},
	{
		name: 'unclear blank: half of a name joined by a slash',
		text: stations,
		pick: factIs('Chinatown'),
		rule: 'slashed-name',
		isRejected: true,
	},
	{
		name: 'unclear blank: a name standing alone',
		text: stations,
		pick: factIs('Union Station'),
		rule: 'slashed-name',
		isRejected: false,
	},
	{
		name: 'bad true/false: a launch site moved to a state it is not in',
		text: launch,
		pick: ({ fact, swap }) => fact.text === 'Florida' && swap !== undefined,
		rule: 'containing-place',
		isRejected: true,
	},
	{
		name: 'bad true/false: the true statement of the launch site stands',
		text: launch,
		pick: ({ fact, question, swap }) =>
			fact.text === 'Florida' && question.type === 'truefalse' && swap === undefined,
		rule: 'containing-place',
		isRejected: false,
	},
	{
		name: 'pronouns: “the agency’s” and “then” point at what the prompt does not show',
		text: launch,
		pick: ({ shownText }) => /the agency’s|rover then/u.test(shownText),
		rule: 'dangling-reference',
		isRejected: true,
	},
	{
		name: 'pronouns: a sentence that names its own subjects',
		text: launch,
		pick: ({ fact }) => fact.text === 'February 2021',
		rule: 'dangling-reference',
		isRejected: false,
	},
	{
		name: 'trivial: who manages what, at the close of a release',
		text: release,
		pick: ({ fact }) =>
			fact.text === 'Science Mission Directorate' && fact.sentence.text.includes('manages'),
		rule: 'boilerplate',
		isRejected: true,
	},
	{
		name: 'trivial: the release’s news is not boilerplate',
		text: release,
		pick: factIs('August 2013'),
		rule: 'boilerplate',
		isRejected: false,
	},
	{
		name: 'given away: a president picked by the country the sentence names',
		text: bundled,
		pick: ({ question, shownText }) =>
			question.type === 'choice' &&
			question.answer === 'Tokayev' &&
			shownText.includes('support Kazakhstan'),
		rule: 'person-of-place',
		isRejected: true,
	},
	{
		name: 'given away: a president’s name typed in is recall, not a pick by country',
		text: bundled,
		pick: ({ question, shownText }) =>
			question.type === 'short' && shownText.includes('Uzbek President _____'),
		rule: 'person-of-place',
		isRejected: false,
	},
	{
		name: 'trivial: the exact day of an event, recalled unprompted',
		text: transit,
		pick: factIs('August 1989', 'short'),
		rule: 'exact-date',
		isRejected: true,
	},
	{
		name: 'trivial: the same date asked as a choice',
		text: transit,
		pick: factIs('March 2019', 'choice'),
		rule: 'exact-date',
		isRejected: false,
	},
	{
		name: 'trivial: a month without its year',
		text: transit,
		pick: factIs('October'),
		rule: 'exact-date',
		isRejected: true,
	},
	{
		name: 'trivial: how often trains run',
		text: transit,
		pick: factIs('10 minutes'),
		rule: 'timetable',
		isRejected: true,
	},
	{
		name: 'trivial: a count of passengers is no timetable',
		text: transit,
		pick: ({ fact }) => fact.kind === 'figure' && !fact.text.includes('minutes'),
		rule: 'timetable',
		isRejected: false,
	},
	{
		name: 'unclear blank: "King _____" cuts a name in two',
		text: tunnel,
		pick: ({ question, shownText }) =>
			question.type !== 'truefalse' && shownText.includes('King _____'),
		rule: 'unreadable-prompt',
		isRejected: true,
	},
	{
		name: 'unclear blank: a title before a person’s name is not part of it',
		text: bundled,
		pick: ({ question, shownText }) =>
			question.type !== 'truefalse' && shownText.includes('President _____'),
		rule: 'unreadable-prompt',
		isRejected: false,
	},
	{
		name: 'trivial: a weekday',
		text: bundled,
		pick: factIs('Thursday'),
		rule: 'weekday-or-time',
		isRejected: true,
	},
	{
		name: 'trivial: a year is not a weekday',
		text: bundled,
		pick: factIs('2013'),
		rule: 'weekday-or-time',
		isRejected: false,
	},
	{
		name: 'trivial: "told CNN"',
		text: bundled,
		pick: answerIs('CNN'),
		rule: 'credit-line',
		isRejected: true,
	},
	{
		name: 'trivial: a credit line',
		text: bundled,
		pick: factIs('Betsy Klein'),
		rule: 'credit-line',
		isRejected: true,
	},
	{
		name: 'trivial: a news outlet is fine elsewhere',
		text: bundled,
		pick: factIs('White House'),
		rule: 'credit-line',
		isRejected: false,
	},
	{
		name: 'trivial: a job title',
		text: bundled,
		pick: factIs('National Security Council'),
		rule: 'job-title',
		isRejected: true,
	},
	{
		name: 'trivial: a ministry that reports',
		text: bundled,
		pick: factIs('Ministry of Defense'),
		rule: 'job-title',
		isRejected: false,
	},
	{
		name: 'trivial: a word count',
		text: bundled,
		pick: factIs('5,000-word'),
		rule: 'document-length',
		isRejected: true,
	},
	{
		name: 'trivial: a sum is not a length',
		text: bundled,
		pick: factIs('$140 billion'),
		rule: 'document-length',
		isRejected: false,
	},
	{
		name: 'trivial: third item of a list',
		text: bundled,
		pick: factIs('Turkmenistan'),
		rule: 'late-list-item',
		isRejected: true,
	},
	{
		name: 'trivial: first item of a list',
		text: bundled,
		pick: factIs('India'),
		rule: 'late-list-item',
		isRejected: false,
	},
	{
		name: 'trivial: a road number',
		text: tunnel,
		pick: factIs('5'),
		rule: 'label-number',
		isRejected: true,
	},
	{
		name: 'trivial: a route number',
		text: tunnel,
		pick: factIs('97'),
		rule: 'label-number',
		isRejected: true,
	},
	{
		name: 'trivial: months are a quantity',
		text: tunnel,
		pick: factIs('19 months'),
		rule: 'label-number',
		isRejected: false,
	},
	{
		name: 'given away: the article’s subject',
		text: bundled,
		pick: factIs('Putin', 'short'),
		rule: 'main-subject',
		isRejected: true,
	},
	{
		name: 'given away: not a side figure',
		text: bundled,
		pick: factIs('Kazakhstan', 'short'),
		rule: 'main-subject',
		isRejected: false,
	},
	{
		name: 'given away: a demonym names the country',
		text: 'In a meeting with Kazakh President Kassym-Jomart Tokayev on Wednesday, Xi said China would like to partner with Kazakhstan to remain pioneers in cooperation. Kazakhstan hosted the talks. Kazakhstan is large.',
		pick: (c) =>
			factIs('Kazakhstan', 'short')(c) && c.fact.sentence.text.includes('Kazakh President'),
		rule: 'other-form-in-prompt',
		isRejected: true,
	},
	{
		name: 'given away: shares that sum to 100%',
		text: shares,
		pick: factIs('18 percent', 'choice'),
		rule: 'figure-follows',
		isRejected: true,
	},
	{
		name: 'given away: a share that does not follow',
		text: shares,
		pick: factIs('61 percent', 'choice'),
		rule: 'figure-follows',
		isRejected: false,
	},
	{
		name: 'true/false: a changed figure beside its conversion contradicts itself',
		text: "By September 1889, Hall's production grew to 385 pounds (175 kilograms) at a cost of $0.65 per pound. By 1890, Hall's company had grown.",
		pick: falseSwap('385 pounds'),
		rule: 'figure-follows',
		isRejected: true,
	},
	{
		name: 'true/false: the true statement beside its conversion stands',
		text: "By September 1889, Hall's production grew to 385 pounds (175 kilograms) at a cost of $0.65 per pound. By 1890, Hall's company had grown.",
		pick: (c) =>
			c.question.type === 'truefalse' && c.question.answer === true && c.fact.text === '385 pounds',
		rule: 'figure-follows',
		isRejected: false,
	},
	{
		name: 'true/false: a date after "by" is a bound (history, line 10)',
		text: "In 1889, Hall's production began to use the principle of internal heating. By September 1889, Hall's production grew to 385 pounds at a cost of $0.65 per pound.",
		pick: (c) =>
			c.question.type === 'truefalse' && c.swap !== undefined && c.fact.text === 'September 1889',
		rule: 'bounded-figure',
		isRejected: true,
		seeds: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
	},
	{
		name: 'true/false: a date on its own is no bound',
		text: "In 1889, Hall's production began to use the principle of internal heating. By September 1889, Hall's production grew to 385 pounds at a cost of $0.65 per pound.",
		pick: (c) =>
			c.question.type === 'truefalse' &&
			c.swap !== undefined &&
			c.fact.text === '1889' &&
			c.fact.line === 1 &&
			c.fact.start < 5,
		rule: 'bounded-figure',
		isRejected: false,
		seeds: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
	},
	{
		name: 'true/false: an instruction is neither true nor false (travel guide, line 12)',
		text: guide,
		pick: (c) => c.question.type === 'truefalse' && c.shownText.startsWith('Try not'),
		rule: 'fragment-statement',
		isRejected: true,
	},
	{
		name: 'true/false: the sentence after it, which names what it says, stands (science news, line 9)',
		text: release,
		pick: (c) =>
			c.question.type === 'truefalse' &&
			c.fact.kind === 'statement' &&
			c.fact.sentence.text.startsWith('The helicopter also contains'),
		rule: 'fragment-statement',
		isRejected: false,
	},
	{
		name: 'true/false: a statement of fact beside it stands',
		text: guide,
		pick: (c) => c.question.type === 'truefalse' && c.shownText.startsWith('Terminals'),
		rule: 'fragment-statement',
		isRejected: false,
	},
	{
		name: 'true/false: an unmatched quotation mark',
		text: bundled,
		pick: (c) => c.question.type === 'truefalse' && c.shownText.includes('no-limits'),
		rule: 'fragment-statement',
		isRejected: true,
	},
	{
		name: 'true/false: a whole sentence',
		text: 'Putin last met with Xi during a visit to the Chinese capital for its Winter Olympics in February this year.',
		pick: (c) => c.question.type === 'truefalse',
		rule: 'fragment-statement',
		isRejected: false,
	},
	{
		name: 'true/false: the swap contradicts the sentence',
		text: bundled,
		pick: (c) => falseSwap('Uzbekistan')(c) && c.fact.sentence.text.includes('Uzbek President'),
		rule: 'self-contradiction',
		isRejected: true,
	},
	{
		name: 'true/false: never a main subject swapped',
		text: bundled,
		pick: falseSwap('Xi Jinping'),
		rule: 'swap-role',
		isRejected: true,
	},
	{
		name: 'true/false: a bound is not a fact',
		text: bundled,
		pick: falseSwap('$200 billion'),
		rule: 'bounded-figure',
		isRejected: true,
		seeds: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
	},
	{
		name: 'distractors: who said, only people quoted',
		text: bundled,
		pick: (c) => c.fact.kind === 'quote' && c.question.type === 'choice',
		rule: 'speaker-not-quoted',
		isRejected: false,
	},
	{
		name: 'distractors: none is the answer in other words',
		text: bundled,
		pick: (c) => c.question.type === 'choice' && c.fact.text === 'Beijing',
		rule: 'distractor-is-answer',
		isRejected: false,
	},
	{
		name: 'evidence: who said on a "he said" line names the speaker',
		text: bundled,
		pick: (c) => c.fact.kind === 'quote' && c.fact.line === 15,
		rule: 'speaker-not-named',
		isRejected: false,
	},
	{
		name: 'evidence: a four-word quote',
		text: bundled,
		pick: (c) => c.fact.kind === 'quote' && c.fact.text === 'create a unipolar world',
		rule: 'quote-too-short',
		isRejected: true,
	},
	{
		name: 'given away: "Xi told Tokayev … support _____" where he is "Kazakh President"',
		text: bundled,
		pick: (candidate) =>
			answerIs('Kazakhstan')(candidate) && candidate.question.prompt.includes('told Tokayev'),
		rule: 'person-of-place',
		isRejected: true,
	},
	{
		name: 'given away: "Xi visited _____" names no one of that country',
		text: bundled,
		pick: (candidate) =>
			answerIs('Kazakhstan', 'choice')(candidate) && candidate.question.prompt.includes('visited'),
		rule: 'person-of-place',
		isRejected: false,
	},
	{
		name: 'distractors: no one whose own country the quote names ("work with Russia")',
		text: bundled,
		pick: (candidate) =>
			candidate.fact.kind === 'quote' &&
			candidate.question.type === 'choice' &&
			candidate.fact.quote.text.includes('work with Russia') &&
			(candidate.optionEntities ?? []).some((entity) => entity.name === 'Vladimir Putin'),
		rule: 'speaker-ruled-out',
		isRejected: true,
	},
	{
		name: 'given away: “who said” typed in, when the quote speaks for the one speaker’s country',
		text: bundled,
		pick: (candidate) =>
			candidate.fact.kind === 'quote' &&
			candidate.question.type === 'short' &&
			candidate.fact.quote.text.includes('part of China'),
		rule: 'speaker-ruled-out',
		isRejected: true,
	},
	{
		name: 'given away: a typed “who said” whose quote names no speaker’s country',
		text: bundled,
		pick: (candidate) =>
			candidate.fact.kind === 'quote' &&
			candidate.question.type === 'short' &&
			candidate.fact.quote.text.includes('ugly shape'),
		rule: 'speaker-ruled-out',
		isRejected: false,
	},
	{
		name: 'true/false: a sentence drawn from "Therefore" answers one the reader has not seen',
		text: 'The helicopter weighs less than four pounds and its blades spin at almost 3,000 rpm. Therefore the helicopter must be very light to fly in the thin air of Mars.',
		pick: (candidate) =>
			candidate.question.type === 'truefalse' && candidate.fact.text.startsWith('Therefore'),
		rule: 'fragment-statement',
		isRejected: true,
	},
	{
		// A teacher rated the statement left without its "But" a truism, true on sight.
		name: 'true/false: "But before …" makes its point against the sentence before: not stated (science news, line 9)',
		text: 'The helicopter weighs less than four pounds and its blades spin at almost 3,000 rpm. But before the helicopter can fly at Mars it has to get there.',
		pick: (candidate) =>
			candidate.question.type === 'truefalse' &&
			candidate.fact.text.startsWith('But') &&
			candidate.shownText.startsWith('Before the helicopter'),
		rule: 'fragment-statement',
		isRejected: true,
	},
];

const aluminium =
	'Aluminium metal is very rare in native form. The metal became an exchange commodity in the 1970s. World production of the metal grew from 6,800 metric tons in 1900 to 2,810,000 metric tons in 1954. Deville moved on to chemical methods, presenting results later that year. In 1856 Deville presented the first industrial production of aluminium in France.';
const comments =
	'Russian President Vladimir Putin on Thursday praised China’s position on the Ukraine war. Putin made the comments when meeting Chinese leader Xi Jinping at a regional summit in Uzbekistan. Dr Maathai founded the Green Belt Movement in Kenya in 1977, and its members have planted trees across the country.';

cases.push(
	{
		name: 'pronouns: “the metal” takes up a metal the sentence does not name',
		text: aluminium,
		pick: ({ shownText }) => shownText.includes('production of the metal'),
		rule: 'dangling-reference',
		isRejected: true,
	},
	{
		name: 'pronouns: “The metal” opening a sentence takes up a metal it does not name',
		text: aluminium,
		pick: ({ shownText }) => shownText.startsWith('The metal became'),
		rule: 'dangling-reference',
		isRejected: true,
	},
	{
		name: 'pronouns: “later that year” counts from a year the sentence does not give',
		text: aluminium,
		pick: ({ shownText }) => shownText.includes('later that year'),
		rule: 'dangling-reference',
		isRejected: true,
	},
	{
		name: 'pronouns: a sentence that names its metal and its year',
		text: aluminium,
		pick: ({ shownText }) => shownText.includes('first industrial production of aluminium'),
		rule: 'dangling-reference',
		isRejected: false,
	},
	{
		name: 'pronouns: “the comments” are comments the sentence does not quote',
		text: comments,
		pick: ({ shownText }) => shownText.includes('made the comments'),
		rule: 'dangling-reference',
		isRejected: true,
	},
	{
		name: 'pronouns: “the country” takes up the country the sentence names',
		text: comments,
		pick: ({ shownText }) => /in Kenya.*across the country/u.test(shownText),
		rule: 'dangling-reference',
		isRejected: false,
	},
);

const wright =
	'“After the Wright Brothers proved 117 years ago that powered, sustained, and controlled flight was possible here on Earth, another group of American pioneers may prove the same can be done on another world,” said Zurbuchen. The Wright Brothers first flew in 1903 at Kitty Hawk, after four years of trials.';

cases.push(
	{
		name: 'trivial: “117 years ago” counts back from a day the reader does not know',
		text: wright,
		pick: ({ fact }) => fact.text.startsWith('117'),
		rule: 'counted-back',
		isRejected: true,
	},
	{
		name: 'trivial: “four years of trials” counts nothing back',
		text: wright,
		pick: ({ fact }) => fact.text.startsWith('four years'),
		rule: 'counted-back',
		isRejected: false,
	},
);

const hall =
	'Aluminium was first produced independently using electrolysis in 1854 by the German chemist Robert Wilhelm Bunsen and Deville. The Cowles brothers offered legal support; Alfred Cowles and Eugene Cowles ran the Cowles Electric Smelting and Aluminum Company. Alfred said the company would license the process. At the same time, Hall produced aluminium by the same process in his home at Oberlin. Hall was granted a patent in April 1889.';

cases.push(
	{
		name: 'bad true/false: a bare given name (“Alfred”) for a full name',
		text: readFileSync('test/fixtures/real-texts/history.txt', 'utf8'),
		pick: ({ question, swap, fact }) =>
			question.type === 'truefalse' && swap?.text === 'Alfred' && fact.text.includes(' '),
		rule: 'swap-role',
		isRejected: true,
	},
	{
		name: 'pronouns: “at the same time” counts from a time the prompt does not give',
		text: hall,
		pick: ({ shownText }) => shownText.startsWith('At the same time'),
		rule: 'dangling-reference',
		isRejected: true,
	},
	{
		name: 'pronouns: a dated patent needs nothing said before',
		text: hall,
		pick: ({ shownText }) => shownText.includes('granted a patent in April 1889'),
		rule: 'dangling-reference',
		isRejected: false,
	},
);

const firsts =
	'“NASA has a proud history of firsts,” said NASA Administrator Jim Bridenstine. Putin praised China’s “balanced position” on the Ukraine war at the summit in Uzbekistan on Thursday.';

cases.push(
	{
		name: 'trivial: a quotation copied whole as a true statement',
		text: firsts,
		pick: ({ question, swap }) =>
			question.type === 'truefalse' &&
			swap === undefined &&
			question.prompt.includes('proud history'),
		rule: 'copied-quote',
		isRejected: true,
	},
	{
		name: 'trivial: a statement that quotes a phrase states a fact',
		text: firsts,
		pick: ({ question, swap }) =>
			question.type === 'truefalse' &&
			swap === undefined &&
			question.prompt.includes('balanced position'),
		rule: 'copied-quote',
		isRejected: false,
	},
);

const pioneers =
	'“After the Wright Brothers proved 117 years ago that powered, sustained, and controlled flight was possible here on Earth, another group of American pioneers may prove the same can be done on another world.” Zurbuchen leads the Science Mission Directorate at NASA Headquarters in Washington.';

cases.push(
	{
		name: 'vague: a speaker’s words stated as a fact, without the speaker',
		text: pioneers,
		pick: ({ question }) =>
			question.type === 'truefalse' && question.prompt.includes('American pioneers'),
		rule: 'copied-quote',
		isRejected: true,
	},
	{
		name: 'vague: the narration’s own statement is a fact of the article',
		text: pioneers,
		pick: ({ question }) =>
			question.type === 'truefalse' && question.prompt.includes('leads the Science'),
		rule: 'copied-quote',
		isRejected: false,
	},
);

const trip =
	'The Chinese leader traveled to Uzbekistan on Wednesday evening. Xi’s trip to Central Asia is a return to the world stage for the Chinese leader, who has not left China since the pandemic began.';
const tripAlone =
	'Xi’s trip to Kazakhstan is a return to the world stage for the Chinese leader, who has not left China since the pandemic began. Officials in Beijing said little about it.';

cases.push(
	{
		name: 'unclear blank: “Xi’s trip to _____” takes every place the article has him go to',
		text: trip,
		pick: ({ fact, question }) => question.type === 'short' && fact.text === 'Central Asia',
		rule: 'place-gone-to',
		isRejected: true,
	},
	{
		name: 'unclear blank: one country gone to is the only answer',
		text: tripAlone,
		pick: ({ fact, question }) => question.type === 'short' && fact.text === 'Kazakhstan',
		rule: 'place-gone-to',
		isRejected: false,
	},
);

const logan =
	'As the major airport for New England, Logan provides frequent non-stop service to most major cities in the United States. Boston was founded in 1630 by John Winthrop, making it one of the oldest cities in the United States.';

cases.push(
	{
		name: 'unclear blank: a region typed in (“the major airport for _____”: Boston fits too)',
		text: logan,
		pick: ({ fact, question }) => question.type === 'short' && fact.text === 'New England',
		rule: 'place-gone-to',
		isRejected: true,
	},
	{
		name: 'unclear blank: a region among choices of its kind has one right answer',
		text: logan,
		pick: ({ fact, question }) => question.type === 'choice' && fact.text === 'New England',
		rule: 'place-gone-to',
		isRejected: false,
		seeds: ['a', 'b', 'c', 'd', 'e', 'f'],
	},
);

const speech =
	'“After the Wright Brothers proved 117 years ago that powered, sustained, and controlled flight was possible here on Earth, another group of American pioneers may prove the same can be done on another world,” said Thomas Zurbuchen of NASA in Washington.';

cases.push(
	{
		name: 'given away: a name inside a speaker’s words (“After the _____ proved …”)',
		text: speech,
		pick: ({ fact, question }) => question.type !== 'truefalse' && fact.text === 'Wright Brothers',
		rule: 'name-in-speech',
		isRejected: true,
	},
	{
		name: 'given away: the speaker named after the quotation is the article’s own statement',
		text: speech,
		pick: ({ fact, question }) =>
			question.type !== 'truefalse' && fact.kind === 'entity' && fact.text.includes('Zurbuchen'),
		rule: 'name-in-speech',
		isRejected: false,
	},
);

const oneChina =
	'Xi also said he appreciated “Russia’s adherence to the one-China principle and stressed that Taiwan is a part of China.” Xi later traveled to Kazakhstan, where he met Kazakh President Kassym-Jomart Tokayev.';

cases.push({
	name: 'bad true/false: a place swapped inside a speaker’s words puts other words in their mouth',
	text: oneChina,
	pick: ({ fact, question, swap }) =>
		question.type === 'truefalse' && swap !== undefined && fact.text === 'Taiwan',
	rule: 'name-in-speech',
	isRejected: true,
	seeds: ['a', 'b', 'c', 'd'],
});

const presidents =
	'The Chinese leader traveled to Uzbekistan on Wednesday evening. He also met the presidents of Kyrgyzstan, Tajikistan and Turkmenistan during the summit, and Kazakh President Kassym-Jomart Tokayev hosted him in Astana.';

cases.push(
	{
		name: 'trivial: the first of three names shown beside the blank',
		text: presidents,
		pick: ({ fact, question }) => question.type !== 'truefalse' && fact.text === 'Kyrgyzstan',
		rule: 'late-list-item',
		isRejected: true,
	},
	{
		name: 'trivial: a name outside any list',
		text: presidents,
		pick: ({ fact, question }) => question.type !== 'truefalse' && fact.text === 'Uzbekistan',
		rule: 'late-list-item',
		isRejected: false,
	},
);

const carriers =
	'Logan airport serves as a focus city for JetBlue and as a hub for Delta Air Lines, while American Airlines is another major carrier. The regional airline Cape Air and commuter airline PenAir also make Logan their base of operations.';

cases.push({
	name: 'bad true/false: “the regional airline” swapped for one the article calls a major carrier',
	text: carriers,
	pick: ({ fact, question, swap }) =>
		question.type === 'truefalse' && fact.text === 'Cape Air' && swap !== undefined,
	rule: 'swap-role',
	isRejected: true,
	seeds: ['a', 'b', 'c', 'd', 'e', 'f'],
});

const taxi =
	'Logan is close to downtown, and the subway reaches it in minutes. Taking a taxi, however, is the best option late at night for travellers with luggage.';

cases.push(
	{
		name: 'pronouns: “…, however, …” answers a sentence the prompt does not show',
		text: taxi,
		pick: ({ question, shownText }) =>
			question.type === 'truefalse' && shownText.includes('however'),
		rule: 'dangling-reference',
		isRejected: true,
	},
	{
		name: 'pronouns: a sentence that stands alone',
		text: taxi,
		pick: ({ question, shownText }) =>
			question.type === 'truefalse' && shownText.includes('close to downtown'),
		rule: 'dangling-reference',
		isRejected: false,
	},
);

describe('a rule for each defect class (real sentences)', () => {
	it.each(cases)('$name', ({ text, pick, rule, isRejected, seeds }) => {
		const check = rules.find(([name]) => name === rule)?.[2];
		if (!check) throw new Error(`no rule ${rule}`);
		const judged = judgedCandidates(text, seeds).filter(({ candidate }) => pick(candidate));
		expect(judged.length).toBeGreaterThan(0);
		for (const { candidate, context } of judged) {
			const detail = check(candidate, context);
			if (isRejected) expect(detail, candidate.question.prompt).toEqual(expect.any(String));
			else expect(detail, candidate.question.prompt).toBeUndefined();
		}
	});
});

it('distractors: "China" beside "Beijing" is the answer in other words', () => {
	const beijing = judgedCandidates(bundled).find(
		({ candidate }) => candidate.question.type === 'choice' && candidate.fact.text === 'Beijing',
	);
	const question = beijing?.candidate.question;
	if (!beijing || question?.type !== 'choice') throw new Error('no choice on Beijing');
	const { candidate, context } = beijing;
	const choices = [
		'Beijing',
		...question.choices.filter((choice) => choice !== 'Beijing').slice(0, 2),
		'China',
	];
	const twin = { ...candidate, question: { ...question, choices } };
	expect(rules.find(([name]) => name === 'distractor-is-answer')?.[2](twin, context)).toMatch(
		/China/,
	);
});

it('true/false: a negation lands on the main verb, or no false statement is made', () => {
	expect(negate('China has turned increasingly inward since the beginning of the pandemic.')).toBe(
		'China has not turned increasingly inward since the beginning of the pandemic.',
	);
	// compromise puts "did not" on the wrong word here; a double negative is never made.
	expect(
		negate(
			'Household spending and business fixed investment have been increasing at solid rates in recent months.',
		),
	).toBeUndefined();
	expect(
		negate('The DSTT was used only by buses from its opening in 1990 until 2005.'),
	).toBeUndefined();
	expect(negate('Brantain did not mind the shadows that had overtaken him.')).toBeUndefined();
	// The second clause stays true: "was not lowered … and other improvements were made".
	expect(
		negate(
			'The roadway was lowered by 8 inches (20 cm) and other improvements were made to prepare for light rail service.',
		),
	).toBeUndefined();
	// "had not all disappeared" says "some had", not the opposite (short story).
	expect(negate('The misery had all disappeared from Brantain’s face.')).toBeUndefined();
	expect(negate('The misery had disappeared from Brantain’s face.')).toBe(
		'The misery had not disappeared from Brantain’s face.',
	);
	// The second of two verbs negated ("loops around and do not quickly connect", travel guide).
	expect(
		negate('Shuttle #11 loops around and quickly connects to the Blue Line at Airport station.'),
	).toBeUndefined();
	// "Before the helicopter can not fly at Mars": after "But", still a subordinate clause.
	expect(negate('But before the helicopter can fly at Mars it has to get there.')).toBeUndefined();
	// Two clauses: "not" would land on one of them and muddle the other.
	expect(
		negate(
			'Once on the surface, the rover will find a suitable location, and then it will be driven to a safe distance from which it will relay commands.',
		),
	).toBeUndefined();
});

it('true/false: a sentence that names no one is stated as it stands, a whole sentence', () => {
	const statements = judgedCandidates(fed).filter(
		({ candidate }) => candidate.fact.kind === 'statement',
	);
	expect(statements.length).toBeGreaterThan(0);
	for (const { candidate, context } of statements) {
		expect(candidate.question.type).toBe('truefalse');
		expect(
			rules.find(([name]) => name === 'fragment-statement')?.[2](candidate, context),
		).toBeUndefined();
	}
});

it('pronouns: "her trip" names the person the sentences before name, or the prompt is rejected', () => {
	const judged = judgedCandidates(bundled).filter(({ candidate }) =>
		candidate.question.source.quote.includes('her trip'),
	);
	expect(judged.length).toBeGreaterThan(0);
	for (const { candidate, context } of judged) {
		const check = rules.find(([name]) => name === 'unresolved-pronoun')?.[2];
		const isResolved = candidate.shownText.includes('Pelosi’s trip');
		expect(isResolved || check?.(candidate, context) !== undefined).toBe(true);
	}
	expect(judged.some(({ candidate }) => candidate.shownText.includes('Pelosi’s trip'))).toBe(true);
});

it('pronouns: "For two weeks past he had sought her society" names both people', () => {
	const story = readFileSync('test/fixtures/real-texts/short-story.txt', 'utf8');
	const judged = judgedCandidates(story).filter(
		({ candidate }) =>
			candidate.question.type === 'truefalse' &&
			candidate.question.source.quote.startsWith('For two weeks past'),
	);
	expect(judged.map(({ candidate }) => candidate.shownText)).toContain(
		'For two weeks past Brantain had sought Nathalie’s society eagerly and persistently.',
	);
});

it('pronouns: "the pauses between their talk" is no antecedent of "their"', () => {
	const story =
		'Brantain sat in the shadows. During one of the pauses between their talk of the last tea and the next reception the door opened and a young man entered whom Brantain knew quite well.';
	const check = rules.find(([name]) => name === 'unresolved-pronoun')?.[2];
	const judged = judgedCandidates(story).filter(({ candidate }) =>
		candidate.shownText.includes('their talk'),
	);
	expect(judged.length).toBeGreaterThan(0);
	for (const { candidate, context } of judged) {
		expect(check?.(candidate, context), candidate.shownText).toMatch(/their/);
	}
	const named = judgedCandidates(
		'The two leaders met in Samarkand. Putin and Xi said their talks had gone well and would go on in the autumn.',
	).filter(
		({ candidate }) =>
			candidate.question.type === 'truefalse' && candidate.shownText.includes('Xi said their'),
	);
	expect(named.length).toBeGreaterThan(0);
	for (const { candidate, context } of named) expect(check?.(candidate, context)).toBeUndefined();
});

it('sentences: a line that starts in the middle of a sentence is not a prompt', () => {
	const check = rules.find(([name]) => name === 'unreadable-prompt')?.[2];
	const judged = judgedCandidates(
		'and south under 3rd Avenue to South Jackson Street. 1 Line trains continue north from the tunnel to Lynnwood City Center as part of the light rail network.',
	).filter(({ candidate }) => /^(?:…\s*)?and south/u.test(candidate.shownText));
	expect(judged.length).toBeGreaterThan(0);
	const details = judged.map(({ candidate, context }) => check?.(candidate, context));
	for (const detail of details) expect(detail).toEqual(expect.any(String));
	expect(details).toContain('starts in the middle of a sentence');
});

it('distractors: a country stands among its neighbours, a president among presidents', () => {
	const judged = judgedCandidates(bundled).map(({ candidate }) => candidate);
	const visited = judged.filter(
		({ question }) => question.type === 'choice' && question.answer === 'Kazakhstan',
	);
	expect(visited.length).toBeGreaterThan(0);
	const centralAsia = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
	for (const { question } of visited) {
		if (question.type !== 'choice') continue;
		for (const choice of question.choices) expect(centralAsia).toContain(choice);
	}
	const told = judged.filter(
		({ question }) =>
			question.type === 'choice' &&
			(question.answer === 'Tokayev' || question.answer === 'Mirziyoyev'),
	);
	expect(told.length).toBeGreaterThan(0);
	for (const { question } of told) {
		if (question.type !== 'choice') continue;
		expect(question.choices.join(' ')).not.toMatch(/Pelosi|Kirby/);
	}
});

it('sentences: a dateline is no part of a statement; "_____ arap Moi" cuts a name', () => {
	const judged = judgedCandidates(nobel);
	const lead = judged.filter(({ candidate }) =>
		candidate.fact.sentence.text.includes('2004 Nobel'),
	);
	expect(lead.length).toBeGreaterThan(0);
	for (const { candidate } of lead) expect(candidate.shownText).not.toMatch(/OSLO/u);
	const check = rules.find(([name]) => name === 'unreadable-prompt')?.[2];
	const daniel = judged.filter(({ candidate }) => candidate.shownText.includes('_____ arap Moi'));
	expect(daniel.length).toBeGreaterThan(0);
	for (const { candidate, context } of daniel) {
		expect(check?.(candidate, context)).toMatch(/name in two/u);
	}
});

it('names: a council after "King" is a council, a station is a place, a party is its short name', () => {
	const { article, pools } = readArticle(`${stations} ${nobel}`);
	const entities = [...article.index.entities.values()];
	const council = entities.find((entity) => entity.name.endsWith('Metro Council'));
	expect(council?.kind).toBe('org');
	expect(council?.name).toBe('King County Metro Council');
	expect(entities.find((entity) => entity.name === 'Union Station')?.kind).toBe('place');
	const party = entities.find((entity) => entity.name === 'Liberal Party of Kenya');
	if (!party) throw new Error('no party found');
	expect(pools.formsOf(party)).toContain('Liberal Party');
});

it('sentences: a link or an interjection to the sentence before is left out of a statement', () => {
	const text =
		'Brantain was enormously rich. Well, Nathalie had Brantain and his million left at the end of the story.';
	const statements = judgedCandidates(text)
		.map(({ candidate }) => candidate)
		.filter(({ question }) => question.type === 'truefalse' && question.answer === true)
		.map(({ shownText }) => shownText);
	expect(statements).toContain(
		'Nathalie had Brantain and his million left at the end of the story.',
	);
	expect(statements.some((statement) => statement.startsWith('Well'))).toBe(false);
});
