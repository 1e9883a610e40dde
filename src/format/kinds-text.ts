// Format: the start screen's line on which kinds of question the sessions ask.
import { plural } from './plural.js';

/** How a skill reads on the start screen. */
const skillNames: Readonly<Record<string, string>> = {
	recall: 'recall',
	inference: 'inference (causes, evidence, order, comparisons)',
	vocabulary: 'vocabulary in context',
	'main-idea': 'main ideas',
	attribution: 'who said it',
};

/** "Kinds: every kind (72 questions)", "Kinds: main ideas only (4 questions)". */
export function kindsLine(skill: string | undefined, questions: number): string {
	const what = skill === undefined ? 'every kind' : `${skillNames[skill] ?? skill} only`;
	return `Kinds: ${what} (${plural(questions, 'question')})`;
}
