// Write: generated questions merged into an existing bank, by id.
import type { Bank, Question } from '../../core/bank/schema.js';
import { answerText } from '../../core/grade/grade.js';
import { answerKeys, promptKey } from './bank-rules.js';

/** Generated questions added, kept and removed by a run, by id. */
export type MergeChanges = {
	readonly added: readonly string[];
	readonly kept: readonly string[];
	readonly removed: readonly string[];
};

/** Compare the generated ids of an existing bank with a run's. */
export function mergeChanges(previous: Bank, ids: readonly string[]): MergeChanges {
	const before = new Set(
		previous.questions
			.filter((question) => question.origin === 'generated')
			.map((question) => question.id),
	);
	const now = new Set(ids);
	return {
		added: ids.filter((id) => !before.has(id)),
		kept: ids.filter((id) => before.has(id)),
		removed: [...before].filter((id) => !now.has(id)),
	};
}

/** What curated questions already ask: their answers (and highlights) on their lines, their prompts. */
export function curatedKeys(curated: readonly Question[]): Set<string> {
	return new Set(
		curated.flatMap((question) => [
			...answerKeys(
				question.source.line,
				[answerText(question), question.source.highlight ?? ''].filter(Boolean),
			),
			promptKey(question.prompt),
		]),
	);
}
