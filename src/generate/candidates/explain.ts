// Candidates: the explanation a question shows after it is answered.
import type { Candidate } from './candidate.js';

/**
 * Why the key is right, in a sentence a learner reads after answering: what the cited line
 * says, and how it answers the question. A builder's own explanation (true/false) is kept.
 */
export function explanationFor(candidate: Candidate): string {
	const { question, fact } = candidate;
	if (question.explanation) return question.explanation;
	const line = question.source.line;
	if (fact.kind === 'quote') {
		const who = question.source.highlight ?? fact.speaker.name;
		return `Line ${line} gives these words to ${fact.speaker.name}: the article names “${who}” as the speaker.`;
	}
	const answer = String(question.answer);
	switch (fact.kind) {
		case 'figure':
			return `Line ${line} gives the figure as “${fact.text}”.`;
		case 'date':
			return `Line ${line} dates it: “${fact.text}”.`;
		case 'term':
			return `Line ${line} puts these words in quotation marks: “${fact.text}”.`;
		case 'statement':
			return `Line ${line} says so in these very words.`;
		case 'cause':
			return `Line ${line} gives the reason: “${fact.text}”.`;
		case 'claim':
			return `Line ${line} says so: “${fact.text}”.`;
		case 'vocabulary':
			return `Line ${line} uses “${fact.text}” in the sense “${answer}”.`;
		case 'main-idea':
			return `Line ${line} states it.`;
		case 'entity': {
			const what = {
				person: 'person',
				place: 'place',
				org: 'organisation',
				nationality: 'nationality',
			}[fact.entity.kind];
			const also = answer === fact.entity.name ? '' : ` (${fact.entity.name})`;
			return `Line ${line} names the ${what} as “${answer}”${also}.`;
		}
		// Their builders give the working; this is only a fallback.
		case 'comparison':
		case 'sequence':
		case 'interval':
			return `Line ${line} gives the figures or dates that decide it.`;
	}
}
