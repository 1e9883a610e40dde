// Review: a question edited as a YAML document of its own, checked as `validate` checks a bank
// (schema, ids, answers, the quote in the article) before any byte of the bank changes.
import type { Article } from '../article.js';
import type { BankIssue } from '../bank/issue.js';
import { parseBank, parseYamlWith } from '../bank/parse.js';
import { questionSchema } from '../bank/schema.js';
import { verifyBank } from '../bank/verify.js';
import { approveQuestion, questionItem, questionSpans } from './bank-text.js';

/** The bank's new text and the question's id in it, or the problems found. */
export type EditCheck =
	| { readonly ok: true; readonly text: string; readonly id: string }
	| { readonly ok: false; readonly issues: readonly BankIssue[] };

/**
 * The bank's text with question `id` replaced by `document` (and made curated: an edited
 * question is the teacher's, which `generate` keeps), or why it cannot be. `file` names the
 * document in the problems, whose lines count from its first.
 */
export function checkEditedQuestion(
	bankText: string,
	id: string,
	document: string,
	article: Article,
	file: string,
): EditCheck {
	const fail = (issues: readonly BankIssue[]): EditCheck => ({ ok: false, issues });
	const parsed = parseYamlWith(questionSchema, document, file);
	if (!parsed.ok) return fail(parsed.issues);
	const question = parsed.data;
	const bank = parseBank(bankText, file);
	if (!bank.ok) return fail(bank.issues);
	const clash = bank.bank.questions.some((other) => other.id === question.id && other.id !== id);
	const at = (...path: (string | number)[]) => parsed.at(...path);
	if (clash) {
		const message = `id "${question.id}" is taken by another question of the bank`;
		return fail([{ file, ...at('id'), questionId: question.id, message }]);
	}
	const positions = { at: (_: number, ...path: (string | number)[]) => at(...path), of: at };
	const alone = { ...bank.bank, questions: [question] };
	const issues = verifyBank(alone, article, file, positions);
	if (issues.length > 0) return fail(issues);
	const span = questionSpans(bankText).find((each) => each.id === id);
	if (!span)
		return fail([{ file, line: 0, col: 0, message: `question "${id}" is no longer in the bank` }]);
	const replaced =
		bankText.slice(0, span.start) + questionItem(document, span.indent) + bankText.slice(span.end);
	const text = approveQuestion(replaced, question.id) ?? replaced;
	// The whole bank once more: the new bytes must read back as the question checked.
	const again = parseBank(text, file);
	if (!again.ok) return fail(again.issues);
	const all = verifyBank(again.bank, article, file, again.positions);
	return all.length > 0 ? fail(all) : { ok: true, text, id: question.id };
}
