import { type PlanInput, type PlanResult, taggedPlan } from './plan.js';

/** An exam asks this many questions unless told otherwise. */
const defaultExamCount = 10;

/** Exam: a fixed count in a time limit (one minute per question unless given), no feedback. */
export function planExam(input: PlanInput): PlanResult {
	return taggedPlan('exam', input, input.count ?? defaultExamCount, {
		timeLimitMs: (items) => Math.round((input.examMinutes ?? items) * 60_000),
	});
}
