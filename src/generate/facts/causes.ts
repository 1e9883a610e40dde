// Facts: what a sentence says caused what, from the explicit markers it uses ("given", "due to").
import type { Sentence } from '../read/segment.js';
import { type CauseForm, type CauseLink, clauseEnd, isSpeech, trimCause } from './cause-link.js';
import { causeLedTo, causeSo } from './cause-verbs.js';

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
			...(/\b(?:is|are|was|were|been|be)\s.*\sto\s/u.test(text)
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
		// The effect is the clause the marker closes: from the last semicolon or ", and" before
		// it ("Visitor numbers fell, and the cafe shut down as a result of lost trade").
		const before = text.slice(0, match.index);
		const joints = [...before.matchAll(/;\s*|,\s+(?:and|but|or|yet|so|while|whereas)\s+/gu)];
		const last = joints.at(-1);
		const effectStart = last ? last.index + last[0].length : 0;
		const effect = text.slice(effectStart, match.index).trim();
		if (effect.split(/\s+/u).length < 4) continue;
		// "…to the liver, which is most often experienced … because of …": the reason may be the
		// relative clause's, not the main clause's.
		if (/,\s+(?:which|who|whom|whose|where|when|while)\b/u.test(effect)) continue;
		yield {
			form,
			isEffectFirst: true,
			marker: match[0].replace(/^,/u, '').trim() || 'to',
			effect,
			cause: text.slice(causeStart, causeEnd),
			causeStart,
			causeEnd,
		};
	}
}
