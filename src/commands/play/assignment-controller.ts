import type { QuizItem } from '../../core/select.js';
import type { AnswersContent } from '../../files/answers-file.js';
import type { SessionRecorder } from '../../ui/trainer-runner.js';

/** What the controller of a quiz sheet needs. */
export type AssignmentContext = {
	readonly items: readonly QuizItem[];
	readonly student: string;
	/** The bank as the answers file names it. */
	readonly bank: string;
	/** How many times the sheet was started, this time included. */
	readonly attempts: number;
	/** Saves the answer sheet as it stands; called after every answer and at the end. */
	readonly onSave: (content: AnswersContent) => void;
};

/**
 * A quiz sheet in the trainer: no start screen, stats or store; every answer goes to the
 * student's answer sheet the moment it is given, so nothing is lost on Ctrl+C.
 */
export function createAssignmentRecorder(context: AssignmentContext): SessionRecorder {
	const given = new Map<string, string>();
	// A two-part question's part B, written beside part A as `grade` reads it.
	const supports = new Map<string, string>();
	const save = () =>
		context.onSave({
			student: context.student,
			bank: context.bank,
			attempts: context.attempts,
			answers: context.items.map(({ question }) => {
				const support = supports.get(question.id);
				const answer = { id: question.id, given: given.get(question.id) ?? null };
				return support === undefined ? answer : { ...answer, support };
			}),
		});
	return {
		answer(answer) {
			given.set(answer.item.question.id, answer.given);
			if (answer.supportGiven !== undefined)
				supports.set(answer.item.question.id, answer.supportGiven);
			save();
			return undefined;
		},
		end() {
			save();
			return undefined;
		},
	};
}
