// Judge: rules on whether the cited line proves the answer.
import type { EntityKind } from '../facts/classify-name.js';
import type { ArticleFacts } from '../facts/facts.js';
import { withoutSpeech } from '../read/words.js';
import type { Rule } from './rules.js';
import { holds, title } from './rules-truefalse.js';

/** "Who said" cites the line that names the speaker, never one where they are only "he". */
export const speakerNotNamed: Rule = ({ question, fact }) => {
	if (fact.kind !== 'quote') return undefined;
	return question.source.highlight === undefined
		? `the cited line does not name ${fact.speaker.name}`
		: undefined;
};

/** "Who said “create a unipolar world”?": a few words torn from a sentence are not a claim. */
export const quoteTooShort: Rule = ({ fact }) => {
	if (fact.kind !== 'quote') return undefined;
	const words = fact.quote.text.split(/\s+/).length;
	return words < 6 ? `the quote has only ${words} words` : undefined;
};

/** "who said" offers only people the article quotes as other options. */
export const speakerNotQuoted: Rule = ({ question, fact, optionEntities }, { pools }) => {
	if (fact.kind !== 'quote' || question.type !== 'choice') return undefined;
	const quoted = new Set(pools.speakers.map((speaker) => speaker.key));
	const stranger = optionEntities?.find((entity) => !quoted.has(entity.key));
	return stranger ? `${stranger.name} is not quoted in the article` : undefined;
};

const firstOrSecond = /\b(?:I|me|my|mine|we|us|our|ours|you|your|yours)\b/gu;
const personal = /\b(?:he|she|him|his|her|hers|himself|herself)\b/giu;
const ownPhrase =
	/\b(?:the|a|an)\s+\p{L}+\s+(?:between|of|in|on|for|with|from|about|during|after|before|over|under)\s+$/iu;
const impersonal = /\b(?:it|its|they|them|their|theirs|itself|themselves)\b/giu;

/**
 * Every pronoun of the prompt needs its antecedent in the prompt: "he" a person named before it,
 * "it" or "their" some name or noun phrase before it. Quoted speech is left alone.
 */
export const unresolvedPronoun: Rule = ({ question, fact, shownText }, { article }) => {
	// A word's meaning in its sentence does not hang on who “he” is.
	if (fact.kind === 'quote' || fact.kind === 'vocabulary') return undefined;
	const text = withoutSpeech(shownText);
	const people = peopleForms(article);
	const speaker = firstOrSecond.exec(text);
	firstOrSecond.lastIndex = 0;
	if (speaker) return `“${speaker[0]}” speaks from inside a quotation the prompt does not show`;
	for (const match of text.matchAll(personal)) {
		const before = text.slice(0, match.index);
		if (
			!people.some((form) => before.includes(form)) &&
			!/\bthe\s+(?:\p{L}+\s+)?(?:man|woman|girl|boy|leader|president|minister|official)\b/iu.test(
				before,
			)
		)
			return `“${match[0]}” has no antecedent in the ${question.type === 'truefalse' ? 'statement' : 'prompt'}`;
	}
	for (const match of text.matchAll(impersonal)) {
		// "one of the pauses between their talk": a noun is not the antecedent of a pronoun in its
		// own phrase.
		const before = text.slice(0, match.index).replace(ownPhrase, ' ');
		if (
			!/\p{Lu}\p{L}+\s|\b(?:the|a|an)\s+\p{L}+/u.test(before.replace(/^\W*\p{Lu}\p{Ll}*\s/u, ' '))
		)
			return `“${match[0]}” has no antecedent in the ${question.type === 'truefalse' ? 'statement' : 'prompt'}`;
	}
	return undefined;
};

const formsByArticle = new WeakMap<ArticleFacts, readonly string[]>();

/** Every form of every person the article names, once per article. */
function peopleForms(article: ArticleFacts): readonly string[] {
	let forms = formsByArticle.get(article);
	if (!forms) {
		forms = [...article.index.entities.values()]
			.filter((entity) => entity.kind === 'person')
			.flatMap((entity) => entity.forms);
		formsByArticle.set(article, forms);
	}
	return forms;
}

/**
 * "Which Uzbek President …?" with Pelosi and Kirby as options: a person's distractors must have
 * held the title the sentence gives the answer.
 */
export const roleMismatch: Rule = ({ question, fact, optionEntities }, { line, article }) => {
	if (question.type !== 'choice' || fact.kind !== 'entity' || fact.entity.kind !== 'person')
		return undefined;
	const role = title.exec(line.slice(Math.max(0, fact.start - 30), fact.start))?.[1];
	if (!role || !optionEntities) return undefined;
	const stranger = optionEntities.find((entity) => !holds(entity.forms, role, article));
	return stranger ? `${stranger.name} is never “${role}” in the article` : undefined;
};

/** "won the prize today": a day the reader of a quiz cannot place. */
export const deicticDay: Rule = ({ fact, shownText }) => {
	if (fact.kind === 'quote' || fact.kind === 'vocabulary') return undefined;
	const match = /\b(?:today|yesterday|tomorrow|tonight)\b/iu.exec(withoutSpeech(shownText));
	return match ? `“${match[0]}” is a day the reader cannot place` : undefined;
};

/** "The two leaders", "after this increase": a reference to what the prompt does not show. */
export const danglingReference: Rule = ({ fact, shownText }, { article }) => {
	if (fact.kind === 'quote' || fact.kind === 'vocabulary') return undefined;
	const text = withoutSpeech(shownText);
	const match =
		/^(?:The (?:two|three|pair|latter|former)|Both)\b/u.exec(text) ??
		// "Visiting will reveal …": visiting what, the sentences before said.
		/^\p{Lu}\p{Ll}+ing\s+(?:will|would|can|could|may|might|is|was|should|must)\b/u.exec(text) ??
		// "the girl", "the newcomer": someone the story named or met before, not named here.
		/\bthe (?:girl|boy|man|woman|lady|gentleman|newcomer|stranger|visitor|child|youth|young (?:man|woman|girl))\b(?!\s+(?:who|whom|whose|named|called)\b)/iu.exec(
			text,
		) ??
		// "the agency’s rover", "the team’s four years": whose, the prompt does not say.
		/\bthe\s+\p{Ll}+[’']s\b/u.exec(text) ??
		// "The rover then will be driven away": after what, the sentence before said.
		/^(?:\S+\s+){1,3}then\b/u.exec(text) ??
		/\b(?:this|these|those)\s+(?!year|week|month|morning|afternoon|evening|time|summer|winter|spring|autumn|fall|season|weekend)\p{Ll}+/u.exec(
			text,
		);
	if (match) return `“${match[0]}” points at something the prompt does not show`;
	// "Taking a cab, however, is the best option": set against a sentence the prompt does not show.
	const contrast = /,\s+(?:however|therefore|thus|instead|nevertheless|nonetheless|though),/iu.exec(
		text,
	);
	if (contrast)
		return `“${contrast[0].replace(/^,\s+|,$/gu, '')}” answers a sentence the prompt does not show`;
	const time = pastTime.exec(text);
	if (time) return `“${time[0]}” counts from a time the prompt does not give`;
	return backReference(text, article) ?? recentThing(text, fact.sentence.index, article);
};

/** How many sentences back a "the …" may take up a word; how few may use it in all. */
const recentReach = 6;
const rareUse = 3;

/**
 * "The misery had all disappeared from Brantain's face": a "the" opening the prompt on a word
 * the sentences just before used and the article seldom uses is the misery they told of, not
 * one the reader knows; a word the article keeps coming back to ("The tunnel") is its topic.
 */
function recentThing(text: string, sentence: number, article: ArticleFacts): string | undefined {
	// The word is the subject's noun when a verb follows it: "The misery had …", not "The actual path".
	const match =
		/^The (\p{Ll}{4,}) (?:had|has|have|was|were|is|are|would|will|could|can|did|seemed|grew|came|went)\b/u.exec(
			text,
		);
	const word = match?.[1];
	if (!word) return undefined;
	const using = sentencesUsing(word, article);
	if (using.length > rareUse) return undefined;
	const isRecent = using.some((index) => index < sentence && index >= sentence - recentReach);
	return isRecent ? `“${match[0]}” takes up what the sentences before told of` : undefined;
}

const usesByArticle = new WeakMap<ArticleFacts, Map<string, readonly number[]>>();

/**
 * The sentences (by index) that use a word, once per article and word: a long article is not
 * read in full for every candidate. An ASCII word is looked for only in the sentences whose
 * lower case holds it (or that hold a letter that folds to ASCII, ſ or the Kelvin sign).
 */
function sentencesUsing(word: string, article: ArticleFacts): readonly number[] {
	let uses = usesByArticle.get(article);
	if (!uses) {
		uses = new Map();
		usesByArticle.set(article, uses);
	}
	let found = uses.get(word);
	if (!found) {
		const pattern = new RegExp(`\\b${word}\\b`, 'iu');
		const isAscii = /^[a-z]+$/u.test(word);
		found = article.sentences
			.filter(
				(each) =>
					(!isAscii ||
						each.text.toLowerCase().includes(word) ||
						/[\u017f\u212a]/u.test(each.text)) &&
					pattern.test(each.text),
			)
			.map((each) => each.index);
		uses.set(word, found);
	}
	return found;
}

/**
 * "later that year", "the same day", "at the same time", "by the same process": counted from a
 * time, or done in a way, said before.
 */
const pastTime =
	/\b(?:(?:later|earlier) that|that same|the same|the (?:following|next|previous|preceding)) (?:year|month|week|day|night|morning|evening|summer|winter|spring|autumn)\b|\bthat (?:year|month|week|day|night)\b|\b(?:at|by|in) the same (?:time|process|method|way|means)\b(?!\s+as\b)/iu;

/** What "the …" of these stands for, the sentence before said: "the metal", "the comments". */
const saidBefore =
	/\b[Tt]he (metal|element|compound|substance|comments|remarks|statement|announcement|decision|move|incident|company|firm|agency|country|nation|city)\b(?!\s+(?:of|between|with|to|that|which|on|for|by|in)\b)(?![ \u00a0]+\p{Lu})/u;
/** The kind of name a "the …" may take up from earlier in the prompt itself. */
const takesUp: Readonly<Record<string, EntityKind>> = {
	company: 'org',
	firm: 'org',
	agency: 'org',
	country: 'place',
	nation: 'place',
	city: 'place',
};

/**
 * "World production of the metal grew …", "Putin made the comments when …": a noun that takes
 * up a thing named before the sentence; "the country" may take up a place the prompt names.
 */
function backReference(text: string, article: ArticleFacts): string | undefined {
	const match = saidBefore.exec(text);
	if (!match) return undefined;
	const kind = takesUp[(match[1] ?? '').toLocaleLowerCase('en')];
	const before = text.slice(0, match.index);
	const named =
		kind !== undefined &&
		[...article.index.entities.values()].some(
			(entity) => entity.kind === kind && entity.forms.some((form) => before.includes(form)),
		);
	return named ? undefined : `“${match[0]}” takes up something the prompt does not name`;
}
