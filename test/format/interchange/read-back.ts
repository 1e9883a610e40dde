// Reading interchange files back as an importer would: XML parsed by a real parser, HTML fields
// turned back into the text a learner sees.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import type { Question } from '../../../src/core/bank/schema.js';

const lists = new Set([
	'question',
	'answer',
	'tag',
	'item',
	'response_label',
	'respcondition',
	'itemfeedback',
	'varequal',
	'qtimetadatafield',
	'resource',
	'file',
]);

/** An XML document as plain objects: attributes as `@_name`, text as strings, lists as arrays. */
export function parseXml(xml: string, trimValues = true): Record<string, unknown> {
	expect(XMLValidator.validate(xml)).toBe(true);
	const parser = new XMLParser({
		trimValues,
		ignoreAttributes: false,
		parseTagValue: false,
		parseAttributeValue: false,
		isArray: (name) => lists.has(name),
	});
	return parser.parse(xml) as Record<string, unknown>;
}

/** What an HTML field shows: tags dropped (`<br>` and paragraph ends as line breaks), entities read. */
export function shownText(html: string): string {
	return html
		.replace(/<br>/g, '\n')
		.replace(/<\/p><p>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&(lt|gt|quot|amp);/g, (_, name: string) => {
			const chars: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' };
			return chars[name] ?? '';
		});
}

/** A line break of any kind as a line feed, as XML readers hand it over. */
export const lineFeeds = (text: string) => text.replace(/\r\n?/g, '\n');

/** What any format must say of a choice or true/false question; undefined for other types. */
export function expectedChoice(question: Question) {
	if (question.type === 'choice')
		return { type: 'choice', choices: question.choices, answer: question.answer };
	if (question.type === 'truefalse') return { type: 'truefalse', answer: question.answer };
	return undefined;
}
