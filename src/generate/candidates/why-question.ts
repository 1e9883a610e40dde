// Candidates: an effect clause turned into a "why" question ("Why did the Committee decide …?").
import nlp from 'compromise';

/** A subject a reader cannot place out of its paragraph: "they", "the two", "both". */
const unplacedSubject =
	/^(?:he|she|it|they|we|you|i|this|these|those|that|there|here|such|his|her|its|their|our|one|some|many|most|all|both|each|either|neither|the (?:two|three|four|pair|latter|former|same|other|rest)|other)\b/iu;
/** Openings of a phrase or clause that come before a subject, never a subject themselves. */
const subordinate =
	/^(?:for|in|on|at|by|with|from|during|after|before|since|until|if|when|while|although|though|because|as|so|once|unless|whether|to|of|over|under|through|into|check|please)\b/iu;
const pronounWord =
	/\b(?:he|she|it|they|we|you|i|him|her|them|us|me|his|its|their|our|your|my)\b/iu;
/** Words that open a subject and are written in lower case inside a question. */
const determiners =
	/^(?:the|a|an|some|many|most|several|few|no|every|each|all|any|much|more|new|other|another|further)$/iu;
const copulas = new Set(['is', 'are', 'was', 'were', 'am']);
/** Verbs that report what someone said: the question asks about the reported clause. */
const reporting =
	/^(?:said|says|say|told|tells|reported|reports|announced|announces|added|adds|noted|notes|explained|explains|stated|states|argued|argues|insisted|insists|claimed|claims|confirmed|confirms)$/u;
/** Openings that link the clause to what came before it, dropped from the question. */
const linking =
	/^(?:(?:and|but|yet|so|however|still|then|also|meanwhile|thus|overall|instead),?\s+)+/iu;

type Term = { readonly text: string; readonly offset: { start: number; length: number } };
type VerbJson = {
	readonly offset: { start: number; length: number };
	readonly terms: readonly Term[];
	readonly verb: {
		readonly root: string;
		readonly auxiliary: string;
		readonly negative: boolean;
		readonly infinitive: string;
		readonly grammar: {
			readonly tense?: string;
			readonly form?: string;
			readonly isInfinitive?: boolean;
		};
	};
};

const cache = new Map<string, Built | undefined>();

/**
 * The clause asked as "Why …?": the first auxiliary or copula moved before the subject, or
 * "do", "does" or "did" put there; undefined when the clause has no clear subject and verb.
 * `isCommon` says whether a capitalised first word is an ordinary word ("Inflation").
 */
export function whyQuestion(
	effect: string,
	isCommon: (word: string) => boolean,
): string | undefined {
	const key = effect;
	if (!cache.has(key)) cache.set(key, build(effect));
	const built = cache.get(key);
	if (built === undefined) return undefined;
	const first = built.subject.split(' ')[0] ?? '';
	const subject =
		determiners.test(first) || isCommon(first) ? lowerFirst(built.subject) : built.subject;
	return `Why ${built.before}${subject} ${built.after}?`;
}

type Built = { readonly before: string; readonly subject: string; readonly after: string };

/**
 * Whether a text is a clause with a subject a reader can place and a verb with a tense ("the
 * two groups of patients were not chosen at random"), as a reason offered for "why" must be.
 */
export function isClause(text: string): boolean {
	const clause = text.replace(linking, '').replace(/[\s,;:.]+$/u, '');
	const verb = mainVerb(clause);
	return verb !== undefined && subjectOf(clause.slice(0, verb.offset.start)) !== undefined;
}

/**
 * Whether a text joins two clauses with "and" or "but", each with its own subject and verb
 * ("the roadway was lowered and other improvements were made"): a reason after it may be for
 * the last alone. Subjects joined so ("household spending and business investment have …")
 * are one clause.
 */
export function hasTwoClauses(text: string): boolean {
	for (const joint of text.matchAll(/,?\s+(?:and|but)\s+/gu)) {
		const before = text.slice(0, joint.index);
		const after = text.slice(joint.index + joint[0].length);
		if (hasOwnVerb(after) && hasOwnVerb(before)) return true;
	}
	return false;
}

/**
 * The clause's verb with a tense, skipping a participle that only modifies the subject ("The
 * SA20 final, planned for Saturday, has been postponed") or sits inside it ("business fixed
 * investment have been increasing").
 */
function mainVerb(clause: string): VerbJson | undefined {
	const verbs = nlp(clause).verbs().json({ offset: true }) as VerbJson[];
	const modifies = ({ verb, offset }: VerbJson) =>
		verb.auxiliary === '' && /ed$/u.test(verb.root) && /,\s$/u.test(clause.slice(0, offset.start));
	const finite = verbs.filter((each) => hasTense(each) && !modifies(each));
	const [first, next] = finite;
	if (!first || !next || first.verb.auxiliary !== '' || next.verb.auxiliary === '') return first;
	const between = clause.slice(first.offset.start + first.offset.length, next.offset.start);
	const isInside = /ed$/u.test(first.verb.root) && /^\s+(?:\p{Ll}+\s+){1,2}$/u.test(between);
	return isInside && !/\b(?:and|but|or|that|which|who)\b/u.test(between) ? next : first;
}

/** Whether a text has a verb with a tense after some words of its own: a clause, whoever its subject. */
function hasOwnVerb(text: string): boolean {
	const verb = mainVerb(text);
	const before = verb ? text.slice(0, verb.offset.start).trim() : '';
	return before !== '' && !subordinate.test(before);
}

function build(effect: string): Built | undefined {
	const clause = effect.replace(linking, '').replace(/[\s,;:.]+$/u, '');
	if (!/^\p{Lu}|^\p{Ll}/u.test(clause)) return undefined;
	const verb = mainVerb(clause);
	if (!verb || verb.verb.negative) return undefined;
	// "Vermeulen said the government had paid …": the reason is for what was said, not the saying.
	if (reporting.test(verb.verb.root)) {
		const said = clause
			.slice(verb.offset.start + verb.offset.length)
			.replace(/^\s*(?:that\s+)?/u, '');
		return said === clause ? undefined : build(said);
	}
	const subject = subjectOf(clause.slice(0, verb.offset.start));
	if (!subject) return undefined;
	const tail = clauseTail(clause.slice(verb.offset.start + verb.offset.length));
	const auxiliary = verb.verb.auxiliary.split(' ')[0] ?? '';
	const phrase = clause.slice(verb.offset.start, verb.offset.start + verb.offset.length);
	if (auxiliary) {
		const at = phrase.toLocaleLowerCase('en').indexOf(auxiliary.toLocaleLowerCase('en'));
		if (at < 0) return undefined;
		const after = `${phrase.slice(0, at)}${phrase.slice(at + auxiliary.length)}`.trim();
		return finish(auxiliary, subject, `${after}${tail}`);
	}
	const root = verb.terms.findLast((term) => term.text.toLocaleLowerCase('en') === verb.verb.root);
	if (!root) return undefined;
	const rootAt = root.offset.start - verb.offset.start;
	const adverbs = phrase.slice(0, rootAt).trim();
	const afterRoot = phrase.slice(rootAt + root.text.length).trim();
	const lowerRoot = verb.verb.root.toLocaleLowerCase('en');
	if (copulas.has(lowerRoot))
		return finish(lowerRoot, subject, [adverbs, afterRoot].filter(Boolean).join(' ') + tail);
	const tense = verb.verb.grammar.tense;
	const support =
		tense === 'PastTense' ? 'did' : lowerRoot === verb.verb.infinitive ? 'do' : 'does';
	if (tense !== 'PastTense' && tense !== 'PresentTense') return undefined;
	const words = [adverbs, verb.verb.infinitive, afterRoot].filter(Boolean).join(' ');
	return finish(support, subject, `${words}${tail}`);
}

/**
 * A verb that carries tense after a subject: not "branching", not "to allow", not an empty
 * copula, not "Transport" opening "Transport Minister …".
 */
function hasTense({ verb, terms, offset }: VerbJson): boolean {
	if (offset.start === 0 || verb.grammar.form === 'imperative') return false;
	if (terms.some((term) => term.text === '')) return false;
	if (verb.grammar.isInfinitive) return false;
	return verb.auxiliary !== '' || !/ing$/u.test(verb.root);
}

/**
 * The subject before the verb: an appositive between commas dropped ("The Mars Helicopter, a
 * small, autonomous rotorcraft,"), a fronted phrase dropped ("On March 23, 2019,").
 */
function subjectOf(text: string): string | undefined {
	let subject = text.trim();
	if (subject.endsWith(',')) subject = subject.slice(0, subject.indexOf(','));
	else if (subject.includes(',')) subject = subject.slice(subject.lastIndexOf(',') + 1).trim();
	const words = subject.split(/\s+/u).filter(Boolean);
	if (words.length === 0 || words.length > 10) return undefined;
	if (unplacedSubject.test(subject) || /[()–—;:]/u.test(subject)) return undefined;
	// "for most of human history it", "if your flight": a phrase before the subject, or a pronoun.
	if (subordinate.test(subject) || pronounWord.test(subject)) return undefined;
	return subject;
}

/** What follows the verb, up to the first comma, dash or semicolon outside a date. */
function clauseTail(text: string): string {
	const masked = text.replace(/(\d{1,2}), (\d{4})/gu, '$1  $2');
	const stop = /\s*(?:[,;:(]|\s[–—]\s|—)/u.exec(masked);
	const tail = (stop ? text.slice(0, stop.index) : text).trimEnd();
	return tail.length > 0 && !/^\s/u.test(tail) ? ` ${tail}` : tail;
}

function finish(lead: string, subject: string, after: string): Built | undefined {
	const rest = after.trim();
	if (rest.length === 0) return undefined;
	if (`${subject} ${rest}`.split(/\s+/u).length > 28) return undefined;
	return { before: `${lead} `, subject, after: rest };
}

function lowerFirst(text: string): string {
	return `${text.charAt(0).toLocaleLowerCase('en')}${text.slice(1)}`;
}
