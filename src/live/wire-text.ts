import { z } from 'zod';

/**
 * What no text in the live protocol may hold: every C0 control (tab and newline too, ESC among
 * them), DEL, every C1 control, and the bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that reorder what a terminal shows. A rogue peer could otherwise retitle,
 * clear or rewrite the other side's screen.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
const controlCharacter = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const controlCharacters = new RegExp(controlCharacter.source, 'g');
const whitespaceControls = /[\t\n\v\f\r]/g;

/** The first character `text` may not carry, as `U+001B`; undefined when there is none. */
export function firstControl(text: string): string | undefined {
	const found = controlCharacter.exec(text)?.[0];
	return found === undefined
		? undefined
		: `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
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
	if (!controlCharacter.test(text)) return text;
	return text.replace(whitespaceControls, ' ').replace(controlCharacters, '\uFFFD');
}
