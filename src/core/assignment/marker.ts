// Assignment: whether a YAML text is a quiz sheet rather than a bank.
/** Whether a YAML text is a quiz sheet (its top-level `assignment:` key) rather than a bank. */
export function isAssignmentText(text: string): boolean {
	return /^assignment[ \t]*:/m.test(text);
}
