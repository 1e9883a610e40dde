// Review: the linter's findings shown under a question, from the rules `quizline lint` runs.
import type { Bank, Question } from '../../core/bank/schema.js';
import type { Finding } from '../../core/review/findings.js';
import type { CommandIo } from '../io.js';
import { loadLint } from '../lint.js';

/** A position for every finding: the review shows findings under their question, not at a line. */
const nowhere = { at: () => ({ line: 0, col: 0 }), of: () => ({ line: 0, col: 0 }) };

/**
 * The findings of each question of a bank, by the same rules `quizline lint` holds it to;
 * the bank is linted once per version the review shows (each decision writes a new one).
 */
export async function lintFindings(
	bank: Bank,
	articleText: string,
	bankText: () => string,
	io: CommandIo,
): Promise<(question: Question, bank: Bank) => readonly Finding[]> {
	const lint = await loadLint();
	const words = bank.questions.some(
		(question) => question.origin === 'generated' && question.skill === 'vocabulary',
	);
	const lexicon = words ? await lint.lexicon(io) : undefined;
	const byBank = new WeakMap<Bank, Map<string, Finding[]>>();
	return (question, current) => {
		let byId = byBank.get(current);
		if (!byId) {
			byId = new Map();
			const found = lint.lintBank({
				file: '',
				bank: current,
				positions: nowhere,
				text: bankText(),
				readArticle: () => lint.readArticle(articleText, lexicon),
			});
			for (const finding of found) {
				const list = byId.get(finding.questionId) ?? [];
				list.push({ rule: finding.rule, message: `${finding.detail} (fix: ${finding.fix})` });
				byId.set(finding.questionId, list);
			}
			byBank.set(current, byId);
		}
		return byId.get(question.id) ?? [];
	};
}
