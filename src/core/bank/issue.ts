/** One problem found in a bank, pointing at the place to fix. */
export type BankIssue = {
	readonly file: string;
	/** 1-based line in `file`; 0 when the problem has no place in the file. */
	readonly line: number;
	/** 1-based column in `file`; 0 when the problem has no place in the file. */
	readonly col: number;
	/** The question the problem belongs to, when it belongs to one. */
	readonly questionId?: string;
	readonly message: string;
};

/** `file:line:col: question "id": message`, the shape editors and CI logs link. */
export function formatIssue(issue: BankIssue): string {
	const place = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.col}` : issue.file;
	const question = issue.questionId ? ` question "${issue.questionId}":` : '';
	return `${place}:${question} ${issue.message}`;
}
