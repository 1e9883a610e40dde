// Text as Moodle's GIFT importer reads it back: escapes, the [plain] format marker, one-line fields.

/** Text with GIFT's special characters (\ ~ = # { } :) escaped and line breaks as `\n`. */
export function giftText(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\r\n?|\n/g, '\\n');
}

/**
 * Text Moodle shows as written. Every question is in the `[plain]` format, so `<b>`, `&amp;` and
 * `*` show as they stand; a text that opens with `%` (Moodle reads `%25%` as a grade) or with `[`
 * (`[html]` would change its format and vanish) gets its own `[plain]` marker, which Moodle
 * takes off instead.
 */
export function giftPlain(text: string): string {
	const escaped = giftText(text);
	return /^\s*[[%]/.test(text) ? `${plainMarker}${escaped}` : escaped;
}

/** The marker that sets a text's format to plain: Moodle shows it with no HTML or wiki markup. */
export const plainMarker = '[plain]';

/**
 * A choice as Moodle shows it, and as GIFT readers that take `=a -> b` for a matching pair read
 * it: a choice holding `->` is written in the `[html]` format with `>` as `&gt;` (and `&`, `<`
 * and line breaks as HTML has them), others as `giftPlain` writes them.
 */
export function giftChoice(text: string): string {
	if (!text.includes('->')) return giftPlain(text);
	const html = text
		.replace(/[&<>]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt' }[char]};`)
		.replace(/\r\n?|\n/g, '<br>');
	return `[html]${giftText(html)}`;
}

/** A short answer as Moodle matches it: `*` is a wildcard there, `\*` a star. */
export function giftShortAnswer(answer: string): string {
	return giftPlain(answer.replaceAll('*', '\\*'));
}

/**
 * A header or comment field on one line: line breaks fold into a space, so the bank's title or
 * source can never split the header into a stray question and lose `$CATEGORY`. Square brackets
 * become round, since Moodle reads `[id:…]` and `[tag:…]` in a comment.
 */
export function giftOneLine(text: string): string {
	return text
		.replace(/\s*(?:\r\n?|\n)\s*/g, ' ')
		.replaceAll('[', '(')
		.replaceAll(']', ')');
}
