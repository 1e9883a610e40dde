// Facts: causes that act on their effect ("led to") or come before it ("…, so …").
import { type CauseLink, clauseEnd } from './cause-link.js';

/** "The introduction of these methods … led to extensive use of the metal …": a cause that acts. */
const ledTo =
	/^((?:The|A|An|\p{Lu}[\p{L}’'–-]*)(?:\s+[\p{L}’'–-]+){1,11}?)\s+(?:(?:has|have|had)\s+)?(?:led to|leads to|lead to|resulted in|results in|caused|causes|triggered|sparked|brought about)\s+(?!the\s+(?:need|fact)\b)/u;

export function causeLedTo(text: string): CauseLink | undefined {
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

export function causeSo(text: string): CauseLink | undefined {
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
