import type { Bank, Question } from '../../core/bank/schema.js';
import { plural } from '../plural.js';
import {
	blankTextReason,
	type ExportFile,
	feedbackHtml,
	fileQuestions,
	type LeftOut,
	partBNote,
} from './interchange.js';
import { htmlText, xmlText } from './markup-text.js';
import { moodleAnswers, moodleQuestionType, moodleText } from './moodle-xml-answers.js';

/**
 * The bank in Moodle XML, the format of Moodle's "Import → Moodle XML format": choice →
 * multichoice, truefalse → truefalse, short → shortanswer (every accepted form a 100% answer),
 * numeric → numerical with its tolerance, order → ordering (items in the right order, graded by
 * position). The question id is both the name and the ID number; the quoted line and the
 * explanation are the general feedback; each answer says whether it is right. Part B of a
 * two-part question follows as a multichoice question of its own. A question with a blank text
 * is left out (Moodle trims texts and refuses an empty one).
 */
export function toMoodleXml(bank: Bank, name: string): ExportFile {
	const leftOut: LeftOut[] = [];
	const kept = bank.questions.filter((question) => {
		const reason = blankTextReason(question, 'Moodle');
		if (reason) leftOut.push({ id: question.id, reason });
		return reason === undefined;
	});
	const questions = fileQuestions(kept).map(({ question }) => moodleQuestion(question));
	const data = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<quiz>',
		moodleCategory(bank, name),
		...questions,
		'</quiz>',
		'',
	].join('\n');
	const orders = kept.filter((question) => question.type === 'order').length;
	const notes = [...partBNote(kept)];
	if (orders > 0)
		notes.push(
			`${plural(orders, 'order question')} as Moodle's ordering type (standard from Moodle 4.4; before that the Ordering plugin)`,
		);
	return { data, count: kept.length, leftOut, notes };
}

/**
 * The category the questions go into: quizline/NAME under the default one (a `/` in the name
 * doubled, as Moodle reads it), described by the article's title and source.
 */
function moodleCategory(bank: Bank, name: string): string {
	const source = bank.article.source ? ` (${bank.article.source})` : '';
	const about = `<p>Questions on “${htmlText(bank.article.title)}”${htmlText(source)}, written by quizline.</p>`;
	return [
		'  <question type="category">',
		`    <category><text>${xmlText(`quizline/${name.replace(/\//g, '//')}`)}</text></category>`,
		moodleText('info', about),
		'  </question>',
	].join('\n');
}

function moodleQuestion(question: Question): string {
	const tags = question.tags.map((tag) => `      <tag><text>${xmlText(tag)}</text></tag>`);
	return [
		`  <question type="${moodleQuestionType(question)}">`,
		`    <name><text>${xmlText(question.id)}</text></name>`,
		moodleText('questiontext', `<p>${htmlText(question.prompt)}</p>`),
		moodleText('generalfeedback', feedbackHtml(question)),
		'    <defaultgrade>1</defaultgrade>',
		'    <penalty>0.3333333</penalty>',
		'    <hidden>0</hidden>',
		`    <idnumber>${xmlText(question.id)}</idnumber>`,
		...moodleAnswers(question),
		...(tags.length > 0 ? ['    <tags>', ...tags, '    </tags>'] : []),
		'  </question>',
	].join('\n');
}
