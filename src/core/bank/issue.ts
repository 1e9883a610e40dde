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

/** Most problems reported for one file; the others are counted in one last line. */
const maxIssuesPerFile = 50;

/**
 * The first `max` problems of a file, then one that counts the rest ("… and 149,950 more
 * problems in this file"). `toIssue` makes each problem kept, and only those: work such as a
 * "did you mean" is done for 50 problems, not 150,000.
 */
export function capIssues<T>(
	items: readonly T[],
	toIssue: (item: T) => BankIssue,
	max = maxIssuesPerFile,
): BankIssue[] {
	const kept = items.slice(0, max).map(toIssue);
	const left = items.length - kept.length;
	const file = kept[0]?.file;
	if (left <= 0 || file === undefined) return kept;
	const message = `… and ${left.toLocaleString('en')} more problem${left === 1 ? '' : 's'} in this file`;
	return [...kept, { file, line: 0, col: 0, message }];
}
