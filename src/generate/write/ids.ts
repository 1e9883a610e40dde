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
	const hash = hashSeed(
		[question.type, answer, source.quote, source.highlight ?? ''].join('\u0000'),
	)
		.toString(36)
		.padStart(7, '0');
	return [prefixOf(question), slugify(subjectOf(question)), hash]
		.filter((part) => part.length > 0)
		.join('-');
}

/** What an id is named by: a word's meaning by the word, a sentence stated true or false by its first words, an order by its first item, others by the answer. */
function subjectOf(question: QuestionInput): string {
	const { source } = question;
	const answer = String(question.answer);
	if (question.skill === 'vocabulary') return source.highlight ?? answer;
	if (question.type === 'truefalse') return source.highlight ?? source.quote;
	if (question.type === 'numeric') return source.highlight ?? answer;
	if (question.type === 'order') return question.items[0] ?? '';
	return answer;
}

function prefixOf(question: QuestionInput): string {
	if (question.skill === 'attribution') return 'who-said';
	if (question.skill === 'vocabulary') return 'meaning-of';
	if (question.skill === 'main-idea') return 'main-idea';
	if (question.tags?.includes('comparison')) return 'compare';
	return prefixes[question.type];
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
