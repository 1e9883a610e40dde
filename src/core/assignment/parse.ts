// Assignment: a quiz sheet written as YAML and read back, with every problem's line:col.
import { stringify } from 'yaml';
import type { BankIssue } from '../bank/issue.js';
import { parseYamlWith } from '../bank/parse.js';
import { type Assignment, type AssignmentPlace, assignmentSchema } from './assignment.js';

/** A quiz sheet and where its parts start, or every problem with its `line:col`. */
type AssignmentParse =
	| { readonly ok: true; readonly assignment: Assignment; readonly at: AssignmentPlace }
	| { readonly ok: false; readonly issues: readonly BankIssue[] };

/** Parse a quiz sheet written by `quizline assign`. */
export function parseAssignment(text: string, file: string): AssignmentParse {
	const parsed = parseYamlWith(assignmentSchema, text, file, (data, path) => {
		if (path[1] !== 'questions' || typeof path[2] !== 'number') return {};
		const questions = (data as { assignment?: { questions?: unknown } }).assignment?.questions;
		const id = Array.isArray(questions) ? (questions[path[2]] as { id?: unknown })?.id : undefined;
		return { questionId: typeof id === 'string' ? id : `#${path[2] + 1}` };
	});
	if (!parsed.ok) return parsed;
	return { ok: true, assignment: parsed.data, at: parsed.at };
}

const header = `# A quiz sheet: questions and choice order are fixed. Students take it with
#   quizline play THIS-FILE --name NAME
# and the teacher grades the answer sheets with
#   quizline grade *.answers.yaml --report class.csv
`;

/** The quiz sheet as YAML, with a comment that says how to use it. */
export function formatAssignment(assignment: Assignment): string {
	return `${header}${stringify(assignment, { lineWidth: 0 })}`;
}
