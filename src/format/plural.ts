/** `1 question`, `3 questions`: a count and its noun, with an `s` unless the count is one. */
export function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
