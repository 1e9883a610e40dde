// Judge: what makes a gloss a fair wrong option beside a word's sense in its sentence — not the
// same meaning, not one that would fit the sentence too, of the key's form and length.
import { glossProblem } from '../facts/gloss-check.js';
import type { Lexicon, Sense } from '../facts/lexicon.js';
import { cluesOf, contextStems, stem } from '../facts/word-senses.js';
import { contentWords, wordSet } from '../read/words.js';
import type { Rule } from './rules.js';

/** Gloss words too general to tell two meanings apart ("a state of …", "make …"). */
const generalWords = wordSet(
	'act action state quality condition something someone person people thing things make made cause become give take put used use way manner kind part especially usually often very much',
);

/** The stems of a gloss's telling words. */
function glossStems(gloss: string): Set<string> {
	return new Set(
		contentWords(gloss)
			.filter((word) => !generalWords.has(word))
			.map(stem),
	);
}

/**
 * Whether two senses mean the same: one synset, a shared synonym, or a shared telling word
 * (unless WordNet calls them opposites: "flowing in", "flowing out").
 */
export function saysSame(option: Sense, key: Sense): boolean {
	if (option.id === key.id) return true;
	const synonyms = new Set(key.synonyms);
	if (option.synonyms.some((word) => synonyms.has(word))) return true;
	if (key.related.opposites.includes(option.id) || option.related.opposites.includes(key.id))
		return false;
	// "an event that is a beginning", "an event causing distress": the name of their common
	// kind ("event", "process", "change") tells them no more apart than "a … thing".
	const kinds = new Set(
		[option.kind, key.kind].map((kind) => stem(kind.slice(kind.indexOf('.') + 1))),
	);
	const keyStems = glossStems(key.gloss);
	for (const word of glossStems(option.gloss))
		if (keyStems.has(word) && !kinds.has(word)) return true;
	return false;
}

/** Whether a sense could be read into the sentence too: its gloss or examples share its words. */
export function fitsSentence(option: Sense, sentence: string, word: string): boolean {
	return cluesOf(option, contextStems(sentence, word), word).length > 0;
}

/** How a gloss opens, so that no option stands out by its form ("of or relating to …", "a …"). */
export function glossShape(gloss: string): string {
	if (/^(?:of or (?:relating|pertaining) to|relating to|pertaining to)\s/u.test(gloss))
		return 'relating';
	if (/^in an? [\p{L}-]+ (?:manner|way)$/u.test(gloss)) return 'manner';
	if (/^(?:an?|the)\s/u.test(gloss)) return 'article';
	if (/^(?:not|lacking|without)\s/u.test(gloss)) return 'negative';
	return 'plain';
}

/** Wrong meanings no class should be handed for a word that has nothing to do with them. */
const unfitForClass =
	/\b(?:sex\w*|semen|sperm|genital\w*|penis|vagina\w*|urin\w*|fec\w+|faec\w+|excre\w+|buttock\w*|anus|rape\w*|prostitut\w+|erotic\w*|copulat\w+|orgasm\w*|masturbat\w+|menstrua\w+|brothel\w*)\b/u;

/** Wrong meanings come from words no rarer than this: their glosses read plainly. */
const optionRank = 25000;

const wordCount = (text: string) => text.split(/\s+/u).length;

/**
 * Why `option` cannot stand beside `key` as a wrong meaning of `word` in `sentence`, or
 * undefined when it can.
 */
export function optionProblem(
	option: Sense,
	key: Sense,
	word: string,
	sentence: string,
	lexicon: Lexicon,
): string | undefined {
	if (option.pos !== key.pos) return 'another part of speech';
	// "math: determine …", "used of a line or mark", "primarily temporal sense": a dictionary's
	// labels, not a meaning.
	if (/[:;]|^used\s|\bsense\b/u.test(option.gloss)) return `“${option.gloss}” reads as a label`;
	if (unfitForClass.test(option.gloss)) return `“${option.gloss}” is unfit for a class`;
	if (saysSame(option, key)) return `“${option.gloss}” says what “${key.gloss}” says`;
	if (fitsSentence(option, sentence, word)) return `“${option.gloss}” could fit the sentence too`;
	if (glossShape(option.gloss) !== glossShape(key.gloss)) return 'its gloss has another form';
	const words = wordCount(option.gloss);
	const keyWords = wordCount(key.gloss);
	if (Math.abs(words - keyWords) > 2 || words > keyWords * 2 || keyWords > words * 2)
		return 'its length stands apart';
	const gap = Math.abs(option.gloss.length - key.gloss.length);
	if (gap > Math.max(8, key.gloss.length * 0.35)) return 'its length stands apart';
	const lemma = lexicon.lemmasOf(option.id)[0] ?? option.synonyms[0] ?? '';
	if ((lexicon.rank(lemma) ?? 0) > optionRank) return `“${lemma}” is too rare a word`;
	return glossProblem(option, lemma, lexicon, true);
}

/**
 * A vocabulary question's options are fair: none means the key's sense, none fits the sentence,
 * and none stands apart by form. (The builder draws them by these rules; this guards it.)
 */
export const unfairMeaning: Rule = ({ fact, question }) => {
	if (fact.kind !== 'vocabulary' || question.type !== 'choice') return undefined;
	const { pick, lexicon, form } = fact.word;
	const senses = optionSenses(fact.word.pos, question.choices, lexicon);
	for (const choice of question.choices) {
		if (choice === question.answer) continue;
		// Senses of several words may share a gloss: one fair sense is enough.
		const problems = senses
			.filter((sense) => sense.gloss === choice)
			.map((sense) => optionProblem(sense, pick.sense, form, fact.sentence.text, lexicon));
		if (problems.length === 0) return `“${choice}” is no sense the lexicon knows`;
		if (problems.every((problem) => problem !== undefined)) return problems[0];
	}
	return undefined;
};

/** The senses of a part of speech whose glosses are among `choices`. */
function optionSenses(pos: Sense['pos'], choices: readonly string[], lexicon: Lexicon): Sense[] {
	const wanted = new Set(choices);
	return lexicon.pool(pos).filter((sense) => wanted.has(sense.gloss));
}
