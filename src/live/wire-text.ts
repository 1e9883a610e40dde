import * as z from 'zod';
import { firstUnsafeCharacter } from '../core/safe-text.js';

/** Line breaks and tabs: fine in a bank's explanation, never in a field sent on one line. */
const whitespaceControls = /[\t\n\v\f\r]/g;

/**
 * The first character `text` may not carry, as `U+001B`; undefined when there is none. No text
 * in the live protocol may hold what `safeText` would change (C0 and C1 controls, ESC among
 * them, DEL, bidi overrides), nor a tab or line break: a rogue peer could otherwise retitle,
 * clear or rewrite the other side's screen.
 */
export function firstControl(text: string): string | undefined {
	const unsafe = firstUnsafeCharacter(text);
	const breakAt = text.search(/[\t\n]/u);
	const at = breakAt >= 0 && (!unsafe || breakAt < unsafe.index) ? breakAt : unsafe?.index;
	return at === undefined
		? undefined
		: `U+${(text.codePointAt(at) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The marker on a schema issue raised for a control character (see isControlIssue). */
const controlParams = { control: true } as const;

/** A protocol text field: a string with no control character, at most `max` characters. */
export function wireText(max = Number.POSITIVE_INFINITY) {
	return z
		.string()
		.max(max)
		.superRefine((value, context) => {
			const found = firstControl(value);
			if (found === undefined) return;
			context.addIssue({
				code: 'custom',
				message: `holds the control character ${found}`,
				params: controlParams,
			});
		});
}

/** Whether a schema issue is about a control character. */
export function isControlIssue(issue: { readonly code: string; readonly params?: unknown }) {
	const params = issue.params as Partial<typeof controlParams> | undefined;
	return issue.code === 'custom' && params?.control === true;
}

/**
 * Text made fit to send: tabs and line breaks become spaces, other control characters U+FFFD,
 * so a bank's odd byte neither reaches a student's terminal nor gets the frame refused.
 */
export function toWireText(text: string): string {
	if (firstControl(text) === undefined) return text;
	const spaced = text.replace(whitespaceControls, ' ');
	let out = '';
	for (const char of spaced) out += firstUnsafeCharacter(char) ? '\uFFFD' : char;
	return out;
}
