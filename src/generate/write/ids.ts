// Write: stable question ids made from the words of a question.
import { hashSeed } from '../../core/random.js';
import type { QuestionInput } from '../candidates/candidate.js';

const slugWords = 4;

/** Lower-case ASCII words joined by hyphens: "Ivana Kottasová" → "ivana-kottasova". */
export function slugify(text: string, words = slugWords): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’']/g, '')
		.split(/[^a-z0-9]+/)
		.filter((word) => word.length > 0)
		.slice(0, words)
		.join('-');
}

const prefixes: Record<QuestionInput['type'], string> = {
	short: 'fill',
	choice: 'pick',
	numeric: 'number',
	truefalse: 'true-false',
	order: 'order',
};

/**
 * An id made from the question's content: a readable slug and a hash of its type, answer,
 * quote and highlight. The same question gets the same id on every run, so a learner's history
 * stays attached to it.
 */
export function contentId(question: QuestionInput): string {
	const { source } = question;
	const answer = String(question.answer);
	// A whole sentence stated true or false is named by its first words.
	// A word's meaning is named by the word.
	const isVocabulary = question.skill === 'vocabulary';
	const subject = isVocabulary
		? (source.highlight ?? answer)
		: question.type === 'truefalse' || question.type === 'numeric'
			? (source.highlight ?? (question.type === 'truefalse' ? source.quote : answer))
			: answer;
	const prefix =
		question.skill === 'attribution'
			? 'who-said'
			: isVocabulary
				? 'meaning-of'
				: question.skill === 'main-idea'
					? 'main-idea'
					: prefixes[question.type];
	const hash = hashSeed(
		[question.type, answer, source.quote, source.highlight ?? ''].join('\u0000'),
	)
		.toString(36)
		.padStart(7, '0');
	return [prefix, slugify(subject), hash].filter((part) => part.length > 0).join('-');
}

/** Give each question its content id, with "-2", "-3" … when two would share one. */
export function assignIds<T extends QuestionInput>(
	questions: readonly T[],
	taken: ReadonlySet<string>,
): T[] {
	const used = new Set(taken);
	return questions.map((question) => {
		const base = contentId(question);
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		return { ...question, id };
	});
}
