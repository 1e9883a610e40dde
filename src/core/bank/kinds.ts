// The closed lists of the bank format, apart from the schema so that code which only names them
// (command-line choices, filters) does not load zod.

/** What a question trains. */
export const skills = ['recall', 'inference', 'vocabulary', 'main-idea', 'attribution'] as const;
/** Who wrote a question: a person or the generator. */
export const origins = ['curated', 'generated'] as const;
/** The kinds of question a bank can hold. */
export const questionTypes = ['choice', 'truefalse', 'short', 'numeric', 'order'] as const;
