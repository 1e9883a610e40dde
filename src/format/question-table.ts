import type { Question } from '../core/bank/schema.js';

/** Rows of id, type, tags and prompt in columns; at `width` (0: any) long prompts are cut. */
export function formatQuestionTable(
	questions: readonly Question[],
	width: number,
): { id: string; rest: string }[] {
	const tagsOf = (question: Question) => question.tags.join(',') || '-';
	// A loop, not Math.max(...): a bank of 150,000 questions is past the limit on arguments.
	let idWidth = 0;
	let tagWidth = 0;
	for (const question of questions) {
		idWidth = Math.max(idWidth, question.id.length);
		tagWidth = Math.max(tagWidth, tagsOf(question).length);
	}
	// A narrow terminal drops the tags column rather than the prompt.
	const withTags = width === 0 || width - (idWidth + tagWidth + 15) >= 20;
	return questions.map((question) => {
		const tags = withTags ? `${tagsOf(question).padEnd(tagWidth)}  ` : '';
		const rest = `  ${question.type.padEnd(9)}  ${tags}`;
		const room = width - idWidth - rest.length;
		const { prompt } = question;
		const isCut = width > 0 && room >= 10 && prompt.length > room;
		return {
			id: question.id.padEnd(idWidth),
			rest: `${rest}${isCut ? `${prompt.slice(0, room - 1)}…` : prompt}`,
		};
	});
}
