// Judge: item-writing flaws a reviewer names in any question, generated or written by hand.
import type { QuestionInput } from '../candidates/candidate.js';
import type { EntityKind } from '../facts/classify-name.js';
import type { ArticleFacts } from '../facts/facts.js';
import { isSameThing } from './alike.js';
import type { Rule } from './rules.js';

/** The options of a choice, the key apart. */
const distractorsOf = (question: QuestionInput): readonly string[] =>
	question.type === 'choice' ? question.choices.filter((choice) => choice !== question.answer) : [];

const absolute =
	/\b(?:always|never|every|everyone|everything|none|nobody|nothing|completely|entirely|totally|absolutely|forever|invariably)\b/iu;

/**
 * "China always refuses to condemn Russia": an absolute word marks a distractor as false to a
 * test-wise reader. A key that says one too gives nothing away.
 */
export const absoluteDistractor: Rule = ({ question }) => {
	if (question.type !== 'choice' || absolute.test(question.answer)) return undefined;
	for (const choice of distractorsOf(question)) {
		const word = absolute.exec(choice)?.[0];
		if (word) return `the distractor “${choice}” says “${word}”`;
	}
	return undefined;
};

/** Speech is the article's: "Who said “… is not doing well”?" asks nothing negative. */
const withoutSpeech = (text: string) => text.replace(/“[^”]*”?|"[^"]*"?/gu, ' ');

/**
 * "Which country is not a member …?": a negative in the question is easily missed unless it
 * stands out (NOT, *not*, _not_).
 */
export const negativeStem: Rule = ({ question }) => {
	// A statement to judge, or an article sentence with a blank, asks no question of its own.
	if (question.type === 'truefalse' || question.prompt.includes('_____')) return undefined;
	// The question is the sentence that ends in "?", asked from its first word.
	const asked = withoutSpeech(question.prompt.split(/(?<=\?)\s/u)[0] ?? question.prompt);
	const stem =
		/^\s*(?:\p{L}+\s+){0,3}?(?:which|what|who|whom|where|when|how)\b[^?.]*?\b(not|except|never|\p{L}+n[’']t)\b/iu.exec(
			asked,
		);
	const word = stem?.[1];
	if (word === undefined || word === word.toUpperCase()) return undefined;
	const at = (stem?.index ?? 0) + (stem?.[0].length ?? 0) - word.length;
	const emphasised =
		/[*_]$/u.test(asked.slice(0, at)) && /^[*_]/u.test(asked.slice(at + word.length));
	return emphasised ? undefined : `the question turns on “${word}”, which is easily missed`;
};

const aboveOption =
	/^(?:all|none|both|neither)\s+(?:of\s+)?(?:the\s+)?(?:above|these|options|answers)\b|\b(?:all|none) of the above\b/iu;

/** "All of the above", "none of these": an option about the other options, not the article. */
export const aboveOptions: Rule = ({ question }) => {
	if (question.type !== 'choice') return undefined;
	const found = question.choices.find((choice) => aboveOption.test(choice.trim()));
	return found === undefined ? undefined : `“${found}” is about the other options`;
};

const pronouns = new Set(
	'he she it they him her them his hers its their theirs we us our you your i me my this that these those who which'.split(
		' ',
	),
);

/** A highlight marks what the line says of the answer: "he" marks nothing a learner can check. */
export const pronounHighlight: Rule = ({ question }) => {
	const highlight = question.source.highlight?.trim();
	if (highlight === undefined) return undefined;
	const word = highlight.toLowerCase().replace(/[^\p{L}]/gu, '');
	return pronouns.has(word) ? `the highlight “${highlight}” is only a pronoun` : undefined;
};

/** What an option is: a figure or date, a kind of name the article uses, or other words. */
function optionKind(option: string, kinds: ReadonlyMap<string, EntityKind>): string {
	// "$140 billion", "15 September 2022": a figure is a number and a word or two.
	if (/\d/u.test(option) && option.trim().split(/\s+/u).length <= 4) return 'figure';
	return kinds.get(option.replace(/^the\s+/iu, '').toLowerCase()) ?? 'words';
}

/** An option's kind in words: "a figure", "a person", "an organisation". */
const kindNames: Readonly<Record<string, string>> = {
	figure: 'a figure',
	person: 'a person',
	place: 'a place',
	org: 'an organisation',
	nationality: 'a nationality',
	words: 'a phrase',
};

const kindsByArticle = new WeakMap<ArticleFacts, ReadonlyMap<string, EntityKind>>();

/** Every form of every name the article uses, with its kind (person, place, org …). */
function nameKinds(article: ArticleFacts): ReadonlyMap<string, EntityKind> {
	let kinds = kindsByArticle.get(article);
	if (!kinds) {
		const map = new Map<string, EntityKind>();
		for (const entity of article.index.entities.values())
			for (const form of [entity.name, ...entity.forms])
				map.set(form.toLocaleLowerCase('en'), entity.kind);
		kinds = map;
		kindsByArticle.set(article, kinds);
	}
	return kinds;
}

/**
 * "2013" among "Beijing" and "Astana", a person among places: options of another kind are ruled
 * out by their kind alone. Names the article does not use count as plain words.
 */
export const mixedOptions: Rule = ({ question }, { article }) => {
	if (question.type !== 'choice') return undefined;
	const kinds = nameKinds(article);
	const of = question.choices.map((choice) => optionKind(choice, kinds));
	const named = new Set(of.filter((kind) => kind !== 'words'));
	// Plain words beside names are often names the article does not use; figures are not.
	const mixed = named.size > 1 || (named.has('figure') && of.includes('words'));
	if (!mixed) return undefined;
	const key = of[question.choices.indexOf(question.answer)];
	const odd = question.choices.find((_, index) => of[index] !== key) ?? '';
	const oddKind = of[question.choices.indexOf(odd)] ?? 'words';
	return `“${odd}” is ${kindNames[oddKind]}, the key ${kindNames[key ?? 'words']}`;
};

/** A rule on two questions of one bank: a detail when the later one breaks it. */
export type PairRule = (earlier: QuestionInput, later: QuestionInput) => string | undefined;

const answerText = (question: QuestionInput) =>
	question.type === 'truefalse' || question.type === 'order' ? undefined : String(question.answer);

/** Two questions whose answer is the same thing on the same line ask one fact twice. */
export const sameFact: PairRule = (earlier, later) => {
	if (earlier.source.line !== later.source.line) return undefined;
	const a = answerText(earlier);
	const b = answerText(later);
	return a !== undefined && b !== undefined && isSameThing(a, b)
		? `“${earlier.id}” asks the same fact (“${a}”, line ${earlier.source.line})`
		: undefined;
};

/**
 * A true and a false statement cut from one sentence answer each other: whoever sees both
 * knows which was changed.
 */
export const trueFalsePair: PairRule = (earlier, later) => {
	if (earlier.type !== 'truefalse' || later.type !== 'truefalse') return undefined;
	if (earlier.source.line !== later.source.line) return undefined;
	const [a, b] = [earlier.source.quote, later.source.quote];
	return a.includes(b) || b.includes(a)
		? `“${earlier.id}” is a true/false statement on the same sentence`
		: undefined;
};

/** The rules on pairs of questions, by name, in the order they are applied. */
export const pairRules = [
	['same-fact', 'given away', sameFact],
	['true-false-pair', 'bad true/false', trueFalsePair],
] as const satisfies readonly (readonly [string, string, PairRule])[];
