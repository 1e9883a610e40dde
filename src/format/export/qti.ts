import { strToU8, zipSync } from 'fflate';
import type { Bank } from '../../core/bank/schema.js';
import {
	blankTextReason,
	type ExportFile,
	fileQuestions,
	type LeftOut,
	partBNote,
} from './interchange.js';
import { htmlText, xmlText } from './markup-text.js';
import { hasQtiType, qtiItem } from './qti-items.js';
import { qtiManifest, qtiMeta } from './qti-package.js';

/** An identifier made of the name's letters, digits, `_` and `-` (QTI idents are XML names). */
const identOf = (name: string) =>
	name.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^[^A-Za-z_]/, '_$&');

/**
 * The bank as the IMS content package of a QTI 1.2 quiz, zipped, as Canvas's "QTI .zip file"
 * import takes it: imsmanifest.xml, the assessment and Canvas's quiz settings beside it. Order
 * questions are left out (Canvas's QTI quizzes have no ordering type); part B of a two-part
 * question follows as a multiple-choice question of its own.
 */
export function toQtiZip(bank: Bank, name: string, date = new Date()): ExportFile {
	const leftOut: LeftOut[] = [];
	const kept = bank.questions.filter(hasQtiType).filter((question) => {
		const reason = blankTextReason(question, 'Canvas');
		if (reason) leftOut.push({ id: question.id, reason });
		return reason === undefined;
	});
	for (const question of bank.questions.filter((each) => !hasQtiType(each)))
		leftOut.push({
			id: question.id,
			reason: 'Canvas quizzes imported from QTI have no ordering question type',
		});
	const items = fileQuestions(kept).flatMap(({ question }) =>
		hasQtiType(question) ? [qtiItem(question)] : [],
	);
	const id = `quizline_${identOf(name)}`;
	// One line: an XML reader turns a line break in an attribute into a space anyway.
	const title = `${bank.article.title} (quizline ${name})`.replace(/\s+/g, ' ');
	const assessment = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">',
		`<assessment ident="${id}_assessment" title="${xmlText(title)}">`,
		'<qtimetadata><qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield></qtimetadata>',
		'<section ident="root_section">',
		...items,
		'</section>',
		'</assessment>',
		'</questestinterop>',
		'',
	].join('\n');
	const source = bank.article.source ? ` (${bank.article.source})` : '';
	const description = `<p>Questions on “${htmlText(bank.article.title)}”${htmlText(source)}, each answered by a line of the article.</p>`;
	const meta = qtiMeta({ id, title, description, points: items.length });
	const mtime = date;
	const data = zipSync(
		{
			'imsmanifest.xml': [strToU8(qtiManifest(id, date)), { mtime }],
			non_cc_assessments: {},
			[id]: {
				[`${id}.xml`]: [strToU8(assessment), { mtime }],
				'assessment_meta.xml': [strToU8(meta), { mtime }],
			},
		},
		{ level: 6, mtime },
	);
	return { data, count: kept.length, leftOut, notes: partBNote(kept) };
}
