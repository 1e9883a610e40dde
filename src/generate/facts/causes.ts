// Facts: what a sentence says caused what, from the explicit markers it uses ("given", "due to").
import type { Sentence } from '../read/segment.js';

/**
 * How the cause reads: a noun phrase ("declines in energy prices"), a clause ("the overhead
 * wire was replaced"), or a purpose ("to make way for an expansion").
 */
export type CauseForm = 'reason' | 'clause' | 'purpose';

/** A cause and its effect, as one sentence states them. */
export type CauseLink = {
	readonly form: CauseForm;
	/** The words that mark the link, as the sentence writes them ("partly reflecting"). */
	readonly marker: string;
	/**
	 * The effect as a clause of the sentence, with its own subject and verb; or, when
	 * `isPhrase`, a noun phrase ("extensive use of the metal", after "led to").
	 */
	readonly effect: string;
	readonly isPhrase?: boolean;
	/** The cause, cut to its own clause; offsets in the sentence. */
	readonly cause: string;
	readonly causeStart: number;
	readonly causeEnd: number;
};

/** Markers after an effect that a noun phrase, the reason, follows. */
const reasonAfter =
	/,?\s+(?:(?:partly|largely|mainly|mostly|in part|primarily)\s+)?(?:due to|owing to|thanks to|because of|as a result of|in response to|in light of|propelled by|driven by|fuell?ed by|spurred by|reflecting)\s+(?!be\b|have\b)/giu;
/** Markers after an effect that a clause, the reason, follows. */
const clauseAfter =
	/(?:,?\s+(?:(?:partly|largely|mainly|mostly|in part|primarily|only)\s+)?because|,\s+as|,\s+since)\s+(?!of\b)/giu;
/** Markers after an effect that a purpose follows; the purpose keeps its marker. */
const purposeAfter = /,?\s+(?=(?:in order to|so as to|to make way for|to make room for)\s)/giu;
/** A purpose "to …" after a comma. */
const plainPurpose = /,\s+(?=to\s+(?!the\b|its\b|his\b|her\b|their\b|this\b|that\b)\p{Ll}{3,}\s)/gu;
/**
 * A purpose "to …" straight after a passive verb's phrase ("was constructed under Pine Street
 * to allow …"), but not a passive that takes "to" itself ("was expected to rise").
 */
const passivePurpose =
	/\b(?:is|are|was|were|been|be)\s+(?:\p{Ll}+ly\s+)?(?!(?:expected|scheduled|supposed|said|thought|believed|considered|required|asked|forced|allowed|found|known|reported|set|due|able|going|used|meant|likely|told|invited|urged|ordered|encouraged|made)\b)(?:\p{Ll}+ed|built|made|held|kept|sent|brought|taken|given|done|drawn|chosen|won)\b(?:\s(?!and\b|or\b|but\b|to\b)[^\s,;()]+)+?(?=\s+to\s+(?!the\b|its\b|his\b|her\b|their\b|this\b|that\b|be\b)\p{Ll}{3,}\s)/gu;
/** Markers that open a sentence with its reason. */
const reasonFirst =
	/^(?:(?:But|And|Yet),?\s+)?(?:Given|In light of|Because of|Due to|Owing to|Thanks to|In response to|As a result of)\s+/u;
const clauseFirst = /^(?:(?:But|And|Yet),?\s+)?Because\s+(?!of\b)/u;

/** Speech gives the speaker's reasons, not the article's: such sentences are left alone. */
const speech = /[“”"]/u;
/** Whether a sentence quotes someone: its reasons are the speaker's, not the article's. */
export const isSpeech = (text: string) => speech.test(text);
/** Where a cause stops: a comma, semicolon, dash or colon, a bracket, or the full stop. */
const causeStop = /\s*(?:[,;:()]|\s[–—]\s|—|\.$|[.!?]["”’]?$)/u;

/** A cause fact's place and words: the cause trimmed of a trailing relative clause. */
export type CauseFact = {
	readonly link: CauseLink;
	readonly start: number;
	readonly end: number;
	readonly text: string;
};

/** The sentence's cause as a fact, offsets in its line; undefined when it states none. */
export function causeOf(sentence: Sentence): CauseFact | undefined {
	const link = findCauseLink(sentence);
	if (!link) return undefined;
	const text = trimCause(link.cause);
	const start = sentence.start + link.causeStart;
	return { link, start, end: start + text.length, text };
}

/** "an expansion of the Convention Center that would also restrict …": the part before "that". */
export function trimCause(cause: string): string {
	const relative = /,?\s+(?:that|which|who|whose|where|while|whereas|thereby)\s/u.exec(cause);
	return (relative ? cause.slice(0, relative.index) : cause).trimEnd();
}

/** The first cause the sentence states with a marker: at most one per sentence. */
export function findCauseLink(sentence: Sentence): CauseLink | undefined {
	const text = sentence.text;
	if (isSpeech(text) || text.split(/\s+/u).length > 60) return undefined;
	// The pool of distractors reads every sentence again: each is read once.
	if (!links.has(text))
		links.set(text, causeFirst(text) ?? causeAfter(text) ?? causeLedTo(text) ?? causeSo(text));
	return links.get(text);
}

const links = new Map<string, CauseLink | undefined>();

/** "Given the economic outlook, …, the Committee decided …": reason first, effect last. */
function causeFirst(text: string): CauseLink | undefined {
	const match = reasonFirst.exec(text) ?? clauseFirst.exec(text);
	if (!match) return undefined;
	const form: CauseForm = reasonFirst.test(text) ? 'reason' : 'clause';
	const causeStart = match[0].length;
	const causeEnd = clauseEnd(text, causeStart);
	const lastComma = lastLeadComma(text, causeEnd);
	if (lastComma < 0) return undefined;
	return {
		form,
		marker: match[0].trim(),
		effect: text.slice(lastComma + 1).trim(),
		cause: text.slice(causeStart, causeEnd),
		causeStart,
		causeEnd,
	};
}

/**
 * The comma after which the main clause starts: the last of the commas that follow the cause
 * while the words between them open with "and", "or" or an "-ing" word ("and recognizing …").
 */
function lastLeadComma(text: string, from: number): number {
	let comma = text.indexOf(',', from);
	if (comma !== from) return -1;
	for (;;) {
		const next = text.indexOf(',', comma + 1);
		const piece = text.slice(comma + 1).trimStart();
		if (next < 0 || !/^(?:and|or|\p{Ll}+ing)\b/u.test(piece)) return comma;
		comma = next;
	}
}

/** "Inflation has continued to run below …, partly reflecting declines …": effect first. */
function causeAfter(text: string): CauseLink | undefined {
	return everyCauseAfter(text).next().value ?? undefined;
}

/** Every cause the sentence states after its effect, in reading order. */
export function* everyCauseAfter(text: string): Generator<CauseLink> {
	const found = [
		...[...text.matchAll(reasonAfter)].map((match) => ({ match, form: 'reason' as const })),
		...[...text.matchAll(clauseAfter)].map((match) => ({ match, form: 'clause' as const })),
		...[...text.matchAll(purposeAfter)].map((match) => ({ match, form: 'purpose' as const })),
		...[...text.matchAll(plainPurpose)].map((match) => ({ match, form: 'purpose' as const })),
		// Most sentences have no passive before a "to": the costly pattern is not tried on them.
		...[
			...(/\b(?:is|are|was|were|been|be)\s[^]*\sto\s/u.test(text)
				? text.matchAll(passivePurpose)
				: []),
		].map((match) => ({
			match: Object.assign([' '], { index: match.index + match[0].length, input: text }),
			form: 'purpose' as const,
		})),
	].sort((a, b) => a.match.index - b.match.index);
	for (const { match, form } of found) {
		const causeStart = match.index + match[0].length;
		const causeEnd = clauseEnd(text, causeStart);
		// The effect is the clause the marker closes: from the last semicolon before it.
		const effectStart = text.lastIndexOf(';', match.index) + 1;
		const effect = text.slice(effectStart, match.index).trim();
		if (effect.split(/\s+/u).length < 4) continue;
		// "…to the liver, which is most often experienced … because of …": the reason may be the
		// relative clause's, not the main clause's.
		if (/,\s+(?:which|who|whom|whose|where|when|while)\b/u.test(effect)) continue;
		yield {
			form,
			marker: match[0].replace(/^,/u, '').trim() || 'to',
			effect,
			cause: text.slice(causeStart, causeEnd),
			causeStart,
			causeEnd,
		};
	}
}

/** "The introduction of these methods … led to extensive use of the metal …": a cause that acts. */
const ledTo =
	/^((?:The|A|An|\p{Lu}[\p{L}’'–-]*)(?:\s+[\p{L}’'–-]+){1,11}?)\s+(?:(?:has|have|had)\s+)?(?:led to|leads to|lead to|resulted in|results in|caused|causes|triggered|sparked|brought about)\s+(?!the\s+(?:need|fact)\b)/u;

function causeLedTo(text: string): CauseLink | undefined {
	const match = ledTo.exec(text);
	const cause = match?.[1];
	if (!match || !cause || /[,;:]/u.test(cause)) return undefined;
	const from = match[0].length;
	const end = clauseEnd(text, from);
	const effect = text.slice(from, end);
	if (effect.split(/\s+/u).length < 3) return undefined;
	// "extensive use of the light, corrosion-resistant metal": a comma between adjectives.
	const next = /^,\s+(\p{Ll}+)/u.exec(text.slice(end))?.[1];
	if (next && !phraseEnds.has(next)) return undefined;
	const marker = match[0].slice(cause.length).trim();
	return {
		form: 'reason',
		marker,
		effect,
		isPhrase: true,
		cause,
		causeStart: 0,
		causeEnd: cause.length,
	};
}

/** Words after a comma that start something new, not another adjective of the same noun. */
const phraseEnds = new Set(
	'and but or which who whom whose while as with including a an the its their his her so then when where although though after before since until in on at by for from to'.split(
		' ',
	),
);

/** "The atmosphere is thin, so the rotor must spin fast": the clause before "so" is the reason. */
const soThen =
	/,\s+(?:and\s+)?(?:so|thus|therefore|hence|consequently|as a result)(?:,)?\s+(?!far\b|that\b|much\b|many\b|called\b|long\b|to\b)/u;

function causeSo(text: string): CauseLink | undefined {
	const match = soThen.exec(text);
	if (!match) return undefined;
	const causeStart = text.lastIndexOf(';', match.index) + 1;
	const cause = text.slice(causeStart, match.index).trim();
	const effect = text.slice(
		match.index + match[0].length,
		clauseEnd(text, match.index + match[0].length),
	);
	// "In March 2019, the airport said …, so": only a reason of one clause is clear.
	if (/[,()]/u.test(cause) || cause.split(/\s+/u).length < 4 || effect.split(/\s+/u).length < 3)
		return undefined;
	const start = text.indexOf(cause, causeStart);
	return {
		form: 'clause',
		marker: match[0].replace(/^,/u, '').trim(),
		effect,
		cause,
		causeStart: start,
		causeEnd: start + cause.length,
	};
}

/** Where the clause starting at `from` ends: before the next comma, dash or the final stop. */
export function clauseEnd(text: string, from: number): number {
	const rest = text.slice(from);
	// "July 21, 2018": a comma inside a date does not end the clause.
	const masked = rest.replace(/(\d{1,2}), (\d{4})/gu, '$1  $2');
	const stop = causeStop.exec(masked);
	return from + (stop ? stop.index : rest.length);
}
