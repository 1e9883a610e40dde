// Judge: rules against prompts and options that give the answer away.
import { initials } from '../candidates/answer-forms.js';
import { blank } from '../candidates/candidate.js';
import type { ArticleProfile } from '../facts/article-profile.js';
import type { ArticleFacts } from '../facts/facts.js';
import { isInQuotation } from '../read/quotation.js';
import type { Sentence } from '../read/segment.js';
import { contentWords } from '../read/words.js';
import type { Rule } from './rules.js';

/**
 * The article's own subjects ("Russian President _____", "condemn _____'s attack") are answered
 * by knowing what the article is about, not by reading it. "Who said" asks something else.
 */
export const mainSubject: Rule = ({ fact, question }, { profile }) => {
	if (fact.kind !== 'entity' || question.type === 'truefalse') return undefined;
	if (!profile.mainSubjects.has(fact.entity.key)) return undefined;
	// In a story, which character did what is the question, asked among the other characters.
	if (profile.isNarrative && fact.entity.kind === 'person' && question.type === 'choice')
		return undefined;
	return `“${fact.text}” is one of the article's main subjects`;
};

/**
 * The answer named in another form: "Kazakh President … partner with _____" gives Kazakhstan,
 * "Beijing" gives China, "(SCO)" gives the Shanghai Cooperation Organization.
 */
export const otherFormInPrompt: Rule = ({ fact, question, shownText }, { profile }) => {
	if (fact.kind !== 'entity' || question.type === 'truefalse') return undefined;
	const { countries } = profile;
	const code = countries.relatedCountry(fact.text) ?? countries.relatedCountry(fact.entity.name);
	if (code) {
		for (const word of shownText.match(/\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/gu) ?? []) {
			const named = [word, ...word.split(/\s+/)].find(
				(part) => countries.relatedCountry(part.replace(/[’']s$/u, '')) === code,
			);
			if (named) return `“${named}” names “${fact.text}” in another form`;
		}
	}
	const acronym = initials(fact.entity.name);
	if (acronym && acronym.length >= 2 && new RegExp(`\\b${acronym}\\b`, 'u').test(shownText))
		return `“${acronym}” stands for “${fact.text}”`;
	return undefined;
};

/**
 * Shares of a whole ("40% … 35% … _____%") and conversions ("1.3-mile (2.1 km)") are worked
 * out, not read.
 */
export const figureFollows: Rule = ({ fact, shownText, question }, { line }) => {
	if (fact.kind !== 'figure') return undefined;
	const isConverted =
		/^[\s-]*(?:\p{L}+\s*)?\(\s*(?:about\s+|approximately\s+|US)?[$€£]?\d/u.test(
			line.slice(fact.end),
		) ||
		/\d[^()]{0,20}\(\s*(?:about\s+|approximately\s+)?$/u.test(
			line.slice(Math.max(0, fact.start - 30), fact.start),
		);
	// A false statement that changes "385 pounds" but keeps "(175 kilograms)" contradicts itself.
	if (isConverted && question.type === 'truefalse' && !question.answer)
		return 'the figure is given again in other units, which the changed figure contradicts';
	if (isConverted && question.type !== 'truefalse')
		return 'the figure is given again in other units';
	if (fact.figure.kind !== 'percent') return undefined;
	const others = [...shownText.matchAll(/(\d+(?:\.\d+)?)\s?(?:%|percent|per cent)/gu)].map(
		(match) => Number(match[1]),
	);
	if (others.length === 0) return undefined;
	const sum = others.reduce((total, value) => total + value, 0) + fact.figure.value;
	return Math.abs(sum - 100) < 0.51 ? 'the shares add up to 100%, so the blank follows' : undefined;
};

/** Whether "an" goes before the word: "an hour", "an FBI agent", "a union", "an 8". */
function vowelSound(text: string): boolean {
	const word = text.replace(/^[“"‘$]+/u, '');
	if (/^\p{Lu}{2,}/u.test(word)) return /^[AEFHILMNORSX]/u.test(word);
	if (/^(?:8|11|18)/u.test(word)) return true;
	if (/^(?:one|once|eu|uni|use|usu|ura|uro|ubi)/iu.test(word)) return false;
	if (/^(?:hour|honest|honou?r|heir)/iu.test(word)) return true;
	return /^[aeiou]/iu.test(word);
}
const isPlural = (text: string) => {
	const last = text.trim().split(/\s+/).at(-1) ?? '';
	return /\p{Ll}(?<!s|u|i)s$/u.test(last) && !/^\p{Lu}/u.test(text.trim());
};

/** "a _____" or "_____ were" must fit every option, not the key alone. */
export const agreement: Rule = ({ question, shownText }) => {
	if (question.type !== 'choice') return undefined;
	const at = shownText.indexOf(blank);
	if (at < 0) return undefined;
	const article = /\b(an?)\s+[“"‘]?$/iu.exec(shownText.slice(0, at))?.[1]?.toLowerCase();
	if (article) {
		const misfit = question.choices.find((choice) => vowelSound(choice) !== (article === 'an'));
		if (misfit !== undefined) return `“${article} ${misfit}” does not read`;
	}
	const before = /\b(is|was|are|were)\s+[“"‘]?$/iu.exec(shownText.slice(0, at))?.[1];
	const after = /^[”"’]?\s+(is|was|has|are|were|have)\b/iu.exec(
		shownText.slice(at + blank.length),
	)?.[1];
	const verb = (after ?? before)?.toLowerCase();
	if (verb) {
		const plural = verb === 'are' || verb === 'were' || verb === 'have';
		const keyPlural = isPlural(question.answer);
		if (keyPlural === plural) {
			const misfit = question.choices.find((choice) => isPlural(choice) !== plural);
			if (misfit !== undefined) return `“${misfit}” does not agree with “${verb}”`;
		}
	}
	return undefined;
};

/** "Mars 2020 … launch in _____" with "July 2020": the answer's own digits stand in the prompt. */
export const numberInPrompt: Rule = ({ fact, question, shownText }) => {
	if ((fact.kind !== 'date' && fact.kind !== 'figure') || question.type === 'truefalse')
		return undefined;
	const digits = fact.text.match(/\d[\d,.]*\d|\d/gu) ?? [];
	const shown = ` ${shownText.replace(/[^\d,.]+/gu, ' ')} `;
	const repeated = digits.find((number) => number.length >= 2 && shown.includes(` ${number} `));
	return repeated ? `“${repeated}” of the answer stands in the prompt` : undefined;
};

/** "Kennedy Space Center in _____", "Pasadena, _____": the region around a named place is known. */
export const containingPlace: Rule = ({ fact, question, swap }, { line }) => {
	if (fact.kind !== 'entity' || fact.entity.kind !== 'place') return undefined;
	if (question.type === 'truefalse' && !swap) return undefined;
	const before = line.slice(Math.max(0, fact.start - 50), fact.start);
	const named = /(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)(?:\s+in|,)\s+$/u.exec(before);
	if (!named) return undefined;
	// "Cape Canaveral … in California": false on sight to a reader who knows where it is.
	return swap
		? `“${named[1]}” is not in “${swap.text}”, which a reader may know without the text`
		: `“${fact.text}” is where “${named[1]}” is, which a reader may know without the text`;
};

/**
 * "“After the _____ proved 117 years ago that powered … flight was possible …”", "“… stressed
 * that _____ is a part of China”": a name inside a speaker's words is the speaker's figure of
 * speech, often one the reader knows without the article (the Wright Brothers, Taiwan).
 */
export const nameInSpeech: Rule = ({ fact, question, swap }, { line }) => {
	// A true statement quotes the speaker; a false one puts other words in their mouth.
	if (fact.kind !== 'entity' || (question.type === 'truefalse' && !swap)) return undefined;
	return isInQuotation(line, fact.start)
		? `“${fact.text}” stands inside a speaker’s words: the article does not state it`
		: undefined;
};

/** Words before a place that any place visited fits: "Xi's trip to _____", "traveled to _____". */
const goneTo =
	/\b(?:trip|trips|visit|visits|journey|tour|travel(?:led|ed|s)?|went|flew|arrived|returned|headed|moved)\s+(?:back\s+)?(?:to|in)\s+(?:the\s+)?$/iu;

/** A place named by what it is ("Pacific Ocean", "Pine Street"): one scale, one name. */
const siteWords =
	/\b(?:Ocean|Sea|River|Lake|Mountains?|Island|Islands|Bay|Gulf|Strait|Peninsula|Desert|Valley|Canal|Street|Avenue|Square|Park|Bridge|Station|Airport|Harbor|Harbour)\b/u;

const goneToByArticle = new WeakMap<ArticleFacts, ReadonlySet<string>>();

/** The places an article tells of going to ("traveled to Uzbekistan"), once per article. */
function placesGoneTo(article: ArticleFacts): ReadonlySet<string> {
	let found = goneToByArticle.get(article);
	if (!found) {
		const keys = new Set<string>();
		for (const mention of article.index.mentions) {
			if (article.index.entities.get(mention.entity)?.kind !== 'place') continue;
			const text = article.lines[mention.line - 1]?.text ?? '';
			if (goneTo.test(text.slice(Math.max(0, mention.start - 40), mention.start)))
				keys.add(mention.entity);
		}
		found = keys;
		goneToByArticle.set(article, found);
	}
	return found;
}

/**
 * "Xi's trip to _____ is a return to the world stage": typed in, the blank takes every place
 * the article has him go to (Uzbekistan, Kazakhstan, Central Asia), and only one is keyed.
 */
export const placeGoneTo: Rule = ({ fact, question }, { line, article }) => {
	if (question.type !== 'short' || fact.kind !== 'entity' || fact.entity.kind !== 'place')
		return undefined;
	// "As the major airport for _____, Logan …": a place typed in may be the city, its state or
	// its region, all true; only a choice among places of one kind has one right answer.
	const isNamedSite = siteWords.test(fact.entity.name);
	if (fact.entity.subkind === 'region' || (!fact.entity.subkind && !isNamedSite))
		return 'a place typed in may be named at any scale (a city, its state, its region)';
	if (!goneTo.test(line.slice(Math.max(0, fact.start - 40), fact.start))) return undefined;
	const others = [...placesGoneTo(article)].filter((key) => key !== fact.entity.key);
	return others.length > 0
		? `the article tells of going to ${others.length === 1 ? 'another place' : `${others.length} other places`} too: a typed answer may name one of them`
		: undefined;
};

/** "International District/Capitol Hill": half of a name joined by a slash is no answer. */
export const slashedName: Rule = ({ fact }, { line }) =>
	fact.kind === 'entity' && (line[fact.start - 1] === '/' || line[fact.end] === '/')
		? `“${fact.text}” is half of a name joined by a slash`
		: undefined;

/** "Xi told Tokayev … support _____" gives Kazakhstan where the article calls him "Kazakh President". */
export const personOfPlace: Rule = ({ fact, question, shownText }, { profile, article }) => {
	if (fact.kind !== 'entity' || question.type === 'truefalse') return undefined;
	if (fact.entity.kind === 'person' && question.type === 'choice') {
		// "Xi told _____ … support Kazakhstan", or "Uzbek President _____", among presidents of
		// other countries: the country named picks its president. Typed in, the name is recall.
		const own = profile.countryOfPerson(fact.entity.key);
		const named = own && namedCountry(shownText, profile, own);
		return named ? `“${named}” names the country of “${fact.text}”` : undefined;
	}
	if (fact.entity.kind !== 'place' && fact.entity.kind !== 'nationality') return undefined;
	const code = profile.countries.relatedCountry(fact.entity.name);
	if (!code) return undefined;
	for (const entity of article.index.entities.values()) {
		if (entity.kind !== 'person' || profile.countryOfPerson(entity.key) !== code) continue;
		const form = entity.forms.find((name) => shownText.includes(name));
		if (form) return `“${form}” is of “${fact.text}”, as the article says elsewhere`;
	}
	return undefined;
};

/** A word of `text` that names the country `code` ("Kazakhstan", "Kazakh"), if any. */
function namedCountry(text: string, profile: ArticleProfile, code: string): string | undefined {
	return (text.match(/\p{Lu}[\p{L}-]+/gu) ?? []).find(
		(word) => profile.countries.relatedCountry(word) === code,
	);
}

/** "Who said “… work with Russia”?": the leader of Russia is no choice for it. */
export const speakerRuledOut: Rule = ({ fact, question, optionEntities }, { profile, pools }) => {
	if (fact.kind !== 'quote') return undefined;
	const named = new Set(
		(fact.quote.text.match(/\p{Lu}[\p{L}-]+/gu) ?? [])
			.map((word) => profile.countries.relatedCountry(word))
			.filter((code) => code !== undefined),
	);
	// "Who said “… the one-China principle … Taiwan is a part of China”?", typed in: the one
	// speaker of the country the quote speaks for.
	const own = profile.countryOfPerson(fact.speaker.key);
	if (question.type === 'short' && own !== undefined && named.has(own)) {
		const alike = pools.speakers.filter(
			(speaker) => speaker.key !== fact.speaker.key && profile.countryOfPerson(speaker.key) === own,
		);
		if (alike.length === 0)
			return `the quote speaks of ${fact.speaker.name}’s country, and no other speaker is of it`;
	}
	if (question.type !== 'choice' || !optionEntities) return undefined;
	const ruledOut = optionEntities.find((entity) => {
		const code = profile.countryOfPerson(entity.key);
		return code !== undefined && named.has(code);
	});
	return ruledOut ? `the quote speaks of ${ruledOut.name}’s own country` : undefined;
};

/**
 * "Why was Convention Place station closed?" beside one option of "the Convention Center": a
 * choice whose key shares more of the prompt's words than any distractor does is answered by
 * matching words, not by reading. Word forms count as one ("expanded", "expansion" do not; a
 * plural and its singular do).
 */
export const cueWord: Rule = ({ question, fact }) => {
	if (question.type !== 'choice') return undefined;
	// A word's meaning is cued by the words around it: "a range of indicators …" fifteen words
	// before "diminished" does not point to "decrease in … range".
	const cued = fact?.kind === 'vocabulary' ? wordsAround(fact, 5) : question.prompt;
	const prompt = new Set(contentWords(cued).map(stem));
	const shared = (option: string) => [
		...new Set(
			contentWords(option)
				.map(stem)
				.filter((word) => prompt.has(word)),
		),
	];
	const key = shared(question.answer);
	if (key.length === 0) return undefined;
	const most = Math.max(
		0,
		...question.choices
			.filter((choice) => choice !== question.answer)
			.map((choice) => shared(choice).length),
	);
	return key.length > most
		? `only the key shares the prompt’s ${key.map((word) => `“${word}”`).join(', ')}`
		: undefined;
};

/** The asked word with up to `reach` words either side of it in its sentence. */
function wordsAround(
	fact: { readonly sentence: Sentence; readonly start: number; readonly end: number },
	reach: number,
): string {
	const { sentence } = fact;
	const before = sentence.text
		.slice(0, fact.start - sentence.start)
		.split(/\s+/u)
		.filter(Boolean)
		.slice(-reach);
	const after = sentence.text
		.slice(fact.end - sentence.start)
		.split(/\s+/u)
		.slice(0, reach + 1);
	return [
		...before,
		sentence.text.slice(fact.start - sentence.start, fact.end - sentence.start),
		...after,
	].join(' ');
}

/** A rough stem, so that "stressed" and "stress", "deepening" and "deepen" match. */
const stem = (word: string) => (word.length > 5 ? word.replace(/(?:es|ed|ing|s)$/u, '') : word);
