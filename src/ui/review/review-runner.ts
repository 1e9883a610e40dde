import type { Article } from '../../core/article.js';
import type { Bank, Question } from '../../core/bank/schema.js';
import {
	type BankChange,
	type ReviewAction,
	type ReviewState,
	reviewStep,
} from '../../core/review/review-state.js';

/** What the review screen reads and changes: the bank under review and the saved place. */
export type ReviewSource = {
	/** The bank's name as the teacher gave it. */
	readonly shown: string;
	readonly article: Article;
	bank(): Bank;
	question(id: string): Question | undefined;
	/** Makes a change in the bank's file at once; what happened, as the next action. */
	apply(change: BankChange): ReviewAction;
	/** Reads the file again when it changed on disk: the action that follows, if any. */
	refresh(): ReviewAction | undefined;
	/** Remembers where the review is, for the next `quizline review` of this bank. */
	saveProgress(state: ReviewState): void;
};

/** Why the review screen closed, and where the review was. */
export type ReviewExit =
	| { readonly kind: 'quit' | 'interrupt'; readonly state: ReviewState }
	| { readonly kind: 'edit'; readonly id: string; readonly state: ReviewState };

/**
 * Carries out the review's step: each action's effects are run in order (a write's outcome is
 * the next action), and the latest state is read synchronously, so keys in one burst each see
 * the state the one before left.
 */
export function createReviewRunner(
	initial: ReviewState,
	source: ReviewSource,
	onState: (state: ReviewState) => void,
	onClose: (exit: ReviewExit) => void,
) {
	let state = initial;
	let isClosed = false;
	const run = (action: ReviewAction): void => {
		if (isClosed) return;
		const step = reviewStep(state, action);
		state = step.state;
		onState(state);
		for (const effect of step.effects) {
			switch (effect.type) {
				case 'write':
					run(source.apply(effect.change));
					break;
				case 'save-progress':
					source.saveProgress(state);
					break;
				case 'edit':
					isClosed = true;
					onClose({ kind: 'edit', id: effect.id, state });
					break;
				case 'exit':
					isClosed = true;
					onClose({ kind: 'quit', state });
					break;
			}
		}
	};
	return {
		run,
		state: () => state,
		interrupt: () => {
			if (isClosed) return;
			isClosed = true;
			onClose({ kind: 'interrupt', state });
		},
	};
}
