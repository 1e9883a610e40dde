import type { Question } from './bank/schema.js';
import { seededRng, shuffle } from './random.js';

/** A question as it will be asked: choices in the order they are shown. */
export type QuizItem = {
	readonly question: Question;
	/** Display order of the choices for `choice`; True/False for `truefalse`; empty otherwise. */
	readonly options: readonly string[];
	/** A two-part question: display order of part B's choices; absent for other questions. */
	readonly supportOptions?: readonly string[];
};

/** What to draw from a bank. */
type SelectOptions = {
	readonly seed: string | number;
	/** How many questions at most; all of them when absent. */
	readonly count?: number;
	/** Keep questions with at least one of these tags; all when empty. */
	readonly tags?: readonly string[];
	/** Ask these first (e.g. weakest or unseen), each group shuffled on its own. */
	readonly priority?: (question: Question) => number;
};

/** Pick and order questions and their choices; the same seed gives the same quiz. */
export function selectQuestions(
	questions: readonly Question[],
	options: SelectOptions,
): QuizItem[] {
	const rng = seededRng(options.seed);
	const shuffled = shuffle(withTags(questions, options.tags), rng);
	const rank = options.priority;
	const ordered = rank ? [...shuffled].sort((a, b) => rank(a) - rank(b)) : shuffled;
	const chosen = ordered.slice(0, options.count ?? ordered.length);
	return chosen.map((question) => itemOf(question, options.seed));
}

/** Which questions to keep; an empty or absent list keeps all. */
type QuestionFilter = {
	/** Keep questions with at least one of these tags. */
	readonly tags?: readonly string[];
	/** Keep questions of one of these types. */
	readonly types?: readonly string[];
	/** Keep questions that train one of these skills. */
	readonly skills?: readonly string[];
};

/** The questions that pass the filter, in bank order. */
export function filterQuestions(
	questions: readonly Question[],
	filter: QuestionFilter,
): readonly Question[] {
	const tags = filter.tags?.filter((tag) => tag.length > 0) ?? [];
	const types = filter.types ?? [];
	const skills = filter.skills ?? [];
	return questions.filter(
		(question) =>
			(tags.length === 0 || question.tags.some((tag) => tags.includes(tag))) &&
			(types.length === 0 || types.includes(question.type)) &&
			(skills.length === 0 || skills.includes(question.skill)),
	);
}

/** The questions with at least one of `tags`; all of them when no tag is given. */
export function withTags(
	questions: readonly Question[],
	tags: readonly string[] = [],
): readonly Question[] {
	return filterQuestions(questions, { tags });
}

/** Rebuild the items of an earlier quiz from its ids, in that order (e.g. to resume). */
export function itemsFromIds(
	questions: readonly Question[],
	ids: readonly string[],
	seed: string | number,
): QuizItem[] {
	const byId = new Map(questions.map((question) => [question.id, question]));
	return ids.flatMap((id) => {
		const question = byId.get(id);
		return question ? [itemOf(question, seed)] : [];
	});
}

/** A question as asked: its choices, and part B's, in the order the seed gives them. */
function itemOf(question: Question, seed: string | number): QuizItem {
	const options = optionsOf(question, seed);
	if (!question.support) return { question, options };
	const supportOptions = shuffle(question.support.choices, seededRng(`${seed}:${question.id}:b`));
	return { question, options, supportOptions };
}

/** Each question's choice order depends only on the seed and its id, so it survives a resume. */
function optionsOf(question: Question, seed: string | number): string[] {
	if (question.type === 'choice')
		return shuffle(question.choices, seededRng(`${seed}:${question.id}`));
	if (question.type === 'truefalse') return ['True', 'False'];
	return [];
}
