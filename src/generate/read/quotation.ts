// Read: whether a place in a line stands inside a quotation the line opened before it.

/** Whether `at` (an offset in `line`) lies inside a quotation opened, and not yet closed, before it. */
export function isInQuotation(line: string, at: number): boolean {
	const before = line.slice(0, at);
	const opened = (before.match(/“/gu) ?? []).length - (before.match(/”/gu) ?? []).length;
	return opened > 0 || (before.match(/"/gu) ?? []).length % 2 === 1;
}
