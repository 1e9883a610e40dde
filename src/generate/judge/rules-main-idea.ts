// Judge: rules on questions about the main idea of a paragraph or of the article.
import type { Rule } from './rules.js';

/**
 * A story's paragraphs tell, they do not argue: the sentence that shares most words with the
 * others is a moment of the plot, not what the paragraph is about.
 */
export const storyIdea: Rule = ({ fact }, { profile }) =>
	fact.kind === 'main-idea' && profile.isNarrative
		? 'a story’s paragraph has no topic sentence to sum it up'
		: undefined;
