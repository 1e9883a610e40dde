/** How much of a long text from an input file is shown back in a message or a report. */
const shownLength = 200;

/**
 * The text as shown back to the user: whole when short, else its first `max` characters and
 * "…" (never half of a surrogate pair), so a 45 MB answer is not printed back whole.
 */
export function cutText(text: string, max = shownLength): string {
	if (text.length <= max) return text;
	return `${text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '')}…`;
}
