// Candidates: "What does “protracted” mean as it is used here?" — a word's sense in its sentence
// among wrong meanings near it in WordNet: its opposites, its other senses, its co-hyponyms.
import type { Rng } from '../../core/random.js';
import { shuffle } from '../../core/random.js';
import type { Fact } from '../facts/facts.js';
import type { Sense } from '../facts/lexicon.js';
import type { WordUse } from '../facts/vocabulary.js';
import { stem } from '../facts/word-senses.js';
import { fitsSentence, optionProblem, saysSame } from '../judge/rules-vocabulary.js';
import type { Candidate } from './candidate.js';
import { common, type FactView } from './question-parts.js';

/** Wrong meanings offered beside the key. */
const distractorCount = 3;

type VocabularyFact = Extract<Fact, { kind: 'vocabulary' }>;

/** A choice among meanings of the word, or none when three fair wrong meanings cannot be found. */
export function vocabularyQuestion(
	view: FactView & { readonly fact: VocabularyFact },
): Candidate | undefined {
	const { fact, excerpt, rng } = view;
	const { word } = fact;
	const key = word.pick.sense;
	const distractors = drawDistractors(word, fact.sentence.text, rng);
	if (distractors.length < distractorCount) return undefined;
	const cut = `${excerpt.isCutBefore ? '…' : ''}${excerpt.text}${excerpt.isCutAfter ? '…' : ''}`;
	const shownText = closeQuotes(cut);
	// A stretch of a quotation that opens and closes elsewhere reads as a fragment.
	const isOpened = shownText.startsWith('“') && !cut.startsWith('“');
	if (isOpened && shownText.endsWith('”') && !cut.endsWith('”')) return undefined;
	const prompt = `What does “${fact.text}” mean as it is used here? ${shownText}`;
	const choices = shuffle([key.gloss, ...distractors.map((sense) => sense.gloss)], rng);
	return {
		question: {
			...common(view, prompt, fact.text),
			skill: 'vocabulary',
			type: 'choice',
			choices,
			answer: key.gloss,
			explanation: explanation(fact, opposites(fact, choices)),
		},
		fact,
		answerForms: [key.gloss],
		shownText,
	};
}

/**
 * Up to three wrong meanings, all near the key in WordNet so that each could fill the slot:
 * its opposites first, then another sense of the word itself when it is of another kind and
 * foreign to the sentence, then the kinds of the sense above its broader one, of the key's kind. None is drawn from unrelated words: a meaning no reader would put in
 * the sentence is ruled out without knowing the word.
 */
export function drawDistractors(word: WordUse, sentence: string, rng: Rng): Sense[] {
	const picked: Sense[] = [];
	const take = (sense: Sense) => {
		if (picked.length >= distractorCount) return;
		if (!picked.some((other) => saysSame(sense, other) || other.gloss === sense.gloss))
			picked.push(sense);
	};
	const [opposed, own, kin] = nearSenses(word, sentence);
	// One opposite at most: two options that mean the same are both ruled out at sight.
	for (const sense of [...opposed.slice(0, 1), ...own, ...shuffle(kin, rng)]) take(sense);
	if (picked.length < distractorCount)
		for (const sense of sameKind(word, sentence, rng)) {
			take(sense);
			if (picked.length >= distractorCount) break;
		}
	return picked;
}

/** Senses of the same kind tried at most for the wrong meanings near none of the key's. */
const kindTries = 3000;

/**
 * Wrong meanings of other nouns of the key's broad kind ("noun.event", "noun.person"), when
 * WordNet holds too few near it: each fair by the same rules (its own
 * form and length, not the key's meaning, not fitting the sentence), from a place in the
 * kind's senses drawn from `rng`, and defined by the same noun as the key (`glossHead`).
 */
function* sameKind(word: WordUse, sentence: string, rng: Rng): Generator<Sense> {
	const key = word.pick.sense;
	// A noun's kind is narrow ("noun.event", "noun.person"); an adjective's ("adj.all") is not,
	// and a meaning drawn from it reads as no meaning of the word at all.
	if (key.pos !== 'n') return;
	const pool = word.lexicon.pool(key.pos, key.kind);
	const head = glossHead(key.gloss);
	if (pool.length === 0) return;
	const from = Math.floor(rng() * pool.length);
	for (let step = 0; step < Math.min(kindTries, pool.length); step++) {
		const sense = pool[(from + step * 7919) % pool.length] as Sense;
		if (isOwn(word, sense) || glossHead(sense.gloss) !== head) continue;
		if (optionProblem(sense, key, word.form, sentence, word.lexicon) === undefined) yield sense;
	}
}

/** Words that follow a gloss's head noun ("the process | of …", "someone | whose …"). */
const headEnd = new Set(
	'of that who whose which where for in to with by from on at and or as'.split(' '),
);
/** Words before a gloss's noun that describe it ("an unfortunate happening", "a mild state"). */
const describing =
	/^(?:\p{L}{3,}(?:ful|ous|al|ive|able|ible|ate|ic|less|ant|ent|ary|ory)|mild|small|large|great|good|bad|new|old|little|big|short|long|high|low|sudden|slight)$/u;

/**
 * The noun a gloss defines by ("process" in "the process of flowing in", "state" in "a
 * desirable state", "group" in "the group following and attending …"): a wrong meaning with
 * the same one is of the same sort as the key, and one with another ("punishment inflicted by
 * kicking …" beside "transactions …") is not.
 */
export function glossHead(gloss: string): string {
	const words = gloss.toLocaleLowerCase('en').replace(/[,;]/gu, ' ').split(/\s+/u);
	let at = words[0] === 'a' || words[0] === 'an' || words[0] === 'the' ? 1 : 0;
	// "an unfortunate happening", but "a payment of money": a word before "of", "who" or "that"
	// is the head, whatever its ending.
	while (
		at < words.length - 1 &&
		describing.test(words[at] ?? '') &&
		!headEnd.has(words[at + 1] ?? '')
	)
		at++;
	return words[at] ?? '';
}

/** Whether three fair wrong meanings of the word can be drawn for its sentence. */
export function hasFairOptions(word: WordUse, sentence: string): boolean {
	return drawDistractors(word, sentence, () => 0).length >= distractorCount;
}

/**
 * The fair wrong meanings near the key: its opposites, one other sense of its own, and the
 * kinds of the sense above its broader one. The other kinds of its broader sense itself are
 * not drawn: they are kinds of the same thing ("beginning": "a coming into being") and fit.
 */
function nearSenses(word: WordUse, sentence: string): [Sense[], Sense[], Sense[]] {
	const key = word.pick.sense;
	const isFair = (sense: Sense) =>
		!isOwn(word, sense) &&
		optionProblem(sense, key, word.form, sentence, word.lexicon) === undefined;
	const near = (ids: readonly string[]) =>
		ids.flatMap((id) => word.lexicon.sense(id) ?? []).filter(isFair);
	const own = word.pick.others.filter(
		(sense) =>
			sense.kind !== key.kind &&
			key.pos !== 'a' &&
			!fitsSentence(sense, sentence, word.form) &&
			optionProblem(sense, key, word.form, sentence, word.lexicon) === undefined,
	);
	const kin = near(key.related.cousins).filter(
		(sense) => (key.pos !== 'n' && key.pos !== 'v') || sense.kind === key.kind,
	);
	return [near(key.related.opposites), own.slice(0, 1), kin];
}

/** Whether a sense is one of the asked word's own. */
function isOwn(word: WordUse, sense: Sense): boolean {
	return (
		word.lexicon.lemmasOf(sense.id).includes(word.lemma) || sense.synonyms.includes(word.lemma)
	);
}

/** The wrong meanings among the options that say the opposite of the key. */
function opposites(fact: VocabularyFact, choices: readonly string[]): string[] {
	const { lexicon, pick } = fact.word;
	const glosses = new Set(
		pick.sense.related.opposites.flatMap((id) => lexicon.sense(id)?.gloss ?? []),
	);
	return choices.filter((choice) => glosses.has(choice));
}

/** Part-of-speech names for the explanation. */
const posNames = { n: 'a noun', v: 'a verb', a: 'an adjective', r: 'an adverb' } as const;

/**
 * Why the key is right: what the word does in its sentence and what it means there, with the
 * sentence's words that point to this sense when there are any.
 */
function explanation(fact: VocabularyFact, opposed: readonly string[]): string {
	const { word, line } = fact;
	const gloss = word.pick.sense.gloss;
	const role = word.head
		? `describes the ${word.head}`
		: `is ${posNames[word.pos]}${word.lemma === fact.text.toLocaleLowerCase('en') ? '' : ` (a form of “${word.lemma}”)`}`;
	const others = word.pick.others.length;
	const clues = clueWords(fact);
	const because =
		word.pick.by !== 'context'
			? ''
			: clues.length > 0
				? `; ${list(clues)} in the sentence point${clues.length === 1 ? 's' : ''} to this sense rather than ${others === 1 ? 'the other one' : `the ${others} others`}`
				: '';
	const phrase = word.head ? '' : phraseAround(fact);
	const where = phrase && phrase !== fact.text ? `, in “${phrase}”` : '';
	const contrary = opposed[0] ? ` “${opposed[0]}” would make the sentence say the opposite.` : '';
	return `In line ${line}${where}, “${fact.text}” ${role}: it means “${gloss}”${because}.${contrary}`;
}

/** The words around the asked one within its clause: "ready to reassert its global influence". */
function phraseAround(fact: VocabularyFact): string {
	const { sentence } = fact;
	const at = fact.start - sentence.start;
	const before =
		sentence.text
			.slice(0, at)
			.split(/[,;:.!?()“”"—–]/u)
			.at(-1) ?? '';
	const after = sentence.text.slice(at + fact.text.length).split(/[,;:.!?()“”"—–]/u)[0] ?? '';
	const lead = before.trim().split(/\s+/u).filter(Boolean).slice(-2);
	const tail = after.trim().split(/\s+/u).filter(Boolean).slice(0, 3);
	return [...lead, fact.text, ...tail].join(' ');
}

/** The sentence's own words behind the pick's clues, as the article writes them. */
function clueWords(fact: VocabularyFact): string[] {
	const stems = new Set(fact.word.pick.clues);
	const words = fact.sentence.text.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
	const found: string[] = [];
	for (const each of words) {
		const stemmed = stem(each);
		if (!stems.has(stemmed) || found.length >= 3) continue;
		found.push(each);
		stems.delete(stemmed);
	}
	return found;
}

const list = (words: readonly string[]) =>
	words.length === 1
		? `“${words[0]}”`
		: `${words
				.slice(0, -1)
				.map((word) => `“${word}”`)
				.join(', ')} and “${words.at(-1)}”`;

/**
 * A sentence cut from a quotation, its marks made whole: "Do say it,” he entreated." opens
 * with “, and one whose quotation goes on past it closes with ”.
 */
export function closeQuotes(text: string): string {
	let depth = 0;
	let opens = '';
	for (const char of text) {
		if (char === '“') depth++;
		else if (char === '”') {
			if (depth === 0) opens += '“';
			else depth--;
		}
	}
	return `${opens}${text}${'”'.repeat(depth)}`;
}
