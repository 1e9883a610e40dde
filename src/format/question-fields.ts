/** A question's fields in the order a bank file and an export list them. */
export const questionFieldOrder = [
	'id',
	'type',
	'prompt',
	'choices',
	'answer',
	'accept',
	'allowNearMiss',
	'tolerance',
	'unit',
	'source',
	'explanation',
	'tags',
	'skill',
	'origin',
] as const;

/** One of a question's fields. */
export type QuestionField = (typeof questionFieldOrder)[number];
