import { nameKey } from './name-skeleton.js';
import { limits } from './protocol.js';

/** Letters and digits that cannot be mistaken for one another when read off a projector. */
const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * How many characters a join code has: 32⁸ ≈ 1.1 × 10¹² codes, read as two groups of four.
 * With the limits on wrong codes (see join-guard) guessing one takes far longer than a lesson.
 */
export const joinCodeLength = 8;

/** A short join code made from `bytes` (random bytes from the caller, one per character). */
export function joinCodeFrom(bytes: Uint8Array): string {
	let code = '';
	for (let i = 0; i < joinCodeLength; i++) {
		code += codeAlphabet[(bytes[i] ?? 0) % codeAlphabet.length];
	}
	return code;
}

/** A join code as shown and typed: `K7QX-2M4P`. */
export function formatJoinCode(code: string): string {
	return code.replace(/(.{4})(?=.)/g, '$1-');
}

/** A join code as typed by a student, compared without case, spaces or dashes. */
export function normalizeCode(typed: string): string {
	return typed.replace(/[\s\p{Pd}]+/gu, '').toUpperCase();
}

/** A display name checked for the session, with the key that decides whether two names clash. */
export type NameCheck =
	| { readonly ok: true; readonly name: string; readonly key: string }
	| { readonly ok: false; readonly message: string };

const namePattern = /^[\p{L}\p{N}][\p{L}\p{N} ._'-]*$/u;

/** Accepts 1–24 letters, digits, spaces and . _ ' - (starting with a letter or digit). */
export function checkName(typed: string): NameCheck {
	const name = typed.normalize('NFC').trim().replace(/\s+/g, ' ');
	if (name.length === 0) return { ok: false, message: 'the name is empty' };
	if ([...name].length > limits.name) {
		return { ok: false, message: `the name is longer than ${limits.name} characters` };
	}
	if (!namePattern.test(name)) {
		return {
			ok: false,
			message: "use letters, digits, spaces and . _ ' - (starting with a letter or digit)",
		};
	}
	return { ok: true, name, key: nameKey(name) };
}
