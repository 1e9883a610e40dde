import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Bank, Question } from '../../../src/core/bank/schema.js';
import { loadBank } from '../../../src/files/load-bank.js';
import { toQtiZip } from '../../../src/format/export/qti.js';
import { hostileBank, hostileBanks } from './hostile-bank.js';
import { expectedChoice, lineFeeds, parseXml, shownText } from './read-back.js';

const loaded = loadBank();
if (!loaded.ok) throw new Error('the bundled bank must load');
const { bank } = loaded;

type Field = { fieldlabel: string; fieldentry: string };
type Mattext = { '#text'?: string; '@_texttype': string };
type Condition = {
	'@_continue': string;
	conditionvar: {
		varequal?: { '#text': string; '@_respident': string }[];
		other?: string;
		or?: {
			varequal: { '#text': string }[];
			and: { vargte: { '#text': string }; varlte: { '#text': string } };
		};
	};
	setvar?: { '#text': string };
	displayfeedback: { '@_linkrefid': string };
};
type QtiItem = {
	'@_ident': string;
	'@_title': string;
	itemmetadata: { qtimetadata: { qtimetadatafield: Field[] } };
	presentation: {
		material: { mattext: Mattext };
		response_lid?: {
			render_choice: { response_label: { '@_ident': string; material: { mattext: Mattext } }[] };
		};
		response_str?: { render_fib: { '@_fibtype'?: string } };
	};
	resprocessing: { respcondition: Condition[] };
	itemfeedback: { '@_ident': string; flow_mat: { material: { mattext: Mattext } } }[];
};

/** The package's files, its manifest and its items, read as Canvas's importer would. */
function readPackage(target: Bank, name = 'b') {
	const file = toQtiZip(target, name, new Date('2026-12-03T10:00:00Z'));
	expect(file.data).toBeInstanceOf(Uint8Array);
	const files = unzipSync(file.data as Uint8Array);
	const text = (path: string) => {
		const bytes = files[path];
		if (!bytes) throw new Error(`no ${path} in the zip`);
		return strFromU8(bytes);
	};
	const manifest = parseXml(text('imsmanifest.xml')) as {
		manifest: { resources: { resource: { '@_type': string; file: { '@_href': string }[] }[] } };
	};
	const [assessment] = manifest.manifest.resources.resource
		.filter((resource) => resource['@_type'] === 'imsqti_xmlv1p2')
		.map((resource) => resource.file[0]?.['@_href'] ?? '');
	const qti = parseXml(text(assessment ?? '')) as {
		questestinterop: { assessment: { '@_title': string; section: { item: QtiItem[] } } };
	};
	return { file, files, text, manifest, assessment: qti.questestinterop.assessment };
}

const field = (item: QtiItem, label: string) =>
	item.itemmetadata.qtimetadata.qtimetadatafield.find((each) => each.fieldlabel === label)
		?.fieldentry;
const shown = (mattext: Mattext | undefined) => shownText(mattext?.['#text'] ?? '');
const feedbackOf = (item: QtiItem, ident: string) =>
	shown(item.itemfeedback.find((each) => each['@_ident'] === ident)?.flow_mat.material.mattext);
const rightCondition = (item: QtiItem) =>
	item.resprocessing.respcondition.find((condition) => condition.setvar?.['#text'] === '100');

/** What a QTI item says, in quizline's terms, for comparison with the bank. */
function fromQti(item: QtiItem) {
	const labels = item.presentation.response_lid?.render_choice.response_label ?? [];
	const right = rightCondition(item)?.conditionvar;
	const rightIdent = right?.varequal?.[0]?.['#text'];
	const rightLabel = labels.find((label) => label['@_ident'] === rightIdent);
	switch (field(item, 'question_type')) {
		case 'multiple_choice_question':
			return {
				type: 'choice',
				choices: labels.map((label) => shown(label.material.mattext)),
				answer: shown(rightLabel?.material.mattext),
			};
		case 'true_false_question':
			return { type: 'truefalse', answer: shown(rightLabel?.material.mattext) === 'True' };
		case 'short_answer_question':
			return { type: 'short', answers: right?.varequal?.map((each) => each['#text']) };
		case 'numerical_question': {
			const exact = Number(right?.or?.varequal[0]?.['#text']);
			const low = Number(right?.or?.and.vargte['#text']);
			const high = Number(right?.or?.and.varlte['#text']);
			return { type: 'numeric', answer: exact, tolerance: (high - low) / 2, low, high };
		}
		default:
			return { type: field(item, 'question_type') };
	}
}

function expectedOf(question: Question) {
	const choice = expectedChoice(question);
	if (choice) return choice;
	switch (question.type) {
		case 'short':
			return { type: 'short', answers: [question.answer, ...question.accept].map(lineFeeds) };
		case 'numeric':
			return {
				type: 'numeric',
				answer: question.answer,
				tolerance: question.tolerance,
				low: question.answer - question.tolerance,
				high: question.answer + question.tolerance,
			};
		case 'order':
			return { type: 'order' };
	}
}

describe('QTI export for Canvas', () => {
	it('is an IMS package: a manifest naming the assessment and its Canvas settings, both in the zip', () => {
		const { files, manifest } = readPackage(bank, 'putin-xi-sco-2022');
		const hrefs = manifest.manifest.resources.resource.flatMap((resource) =>
			resource.file.map((each) => each['@_href']),
		);
		expect(hrefs).toEqual([
			'quizline_putin-xi-sco-2022/quizline_putin-xi-sco-2022.xml',
			'quizline_putin-xi-sco-2022/assessment_meta.xml',
		]);
		for (const href of hrefs) expect(files[href]).toBeDefined();
		expect(Object.keys(files)).toContain('imsmanifest.xml');
	});

	it('carries every question Canvas has a type for, with its answers, feedback and quote', () => {
		const { assessment, file } = readPackage(bank);
		const items = assessment.section.item.filter((item) => !item['@_title'].endsWith('-part-b'));
		const kept = bank.questions.filter((question) => question.type !== 'order');
		expect(items.map((item) => item['@_title'])).toEqual(kept.map((question) => question.id));
		kept.forEach((question, index) => {
			const item = items[index] as QtiItem;
			expect(item['@_ident']).toBe(`quizline_question_${question.id}`);
			expect(field(item, 'points_possible')).toBe('1');
			expect(shown(item.presentation.material.mattext)).toBe(question.prompt);
			expect(fromQti(item)).toEqual(expectedOf(question));
			const general = feedbackOf(item, 'general_fb');
			expect(general).toContain(`Line ${question.source.line} of the article: “`);
			expect(general).toContain(question.source.quote);
			expect(feedbackOf(item, 'correct_fb')).toBe('Right.');
			expect(feedbackOf(item, 'general_incorrect_fb')).toMatch(/^The answer is “.+”\.$/);
		});
		expect(file.count).toBe(kept.length);
	});

	it('leaves out order questions by id, with the reason, and asks part B after part A', () => {
		const { assessment, file } = readPackage(bank);
		expect(file.leftOut).toEqual([
			{
				id: 'order-of-meetings',
				reason: 'Canvas quizzes imported from QTI have no ordering question type',
			},
		]);
		const titles = assessment.section.item.map((item) => item['@_title']);
		expect(titles[titles.indexOf('why-putin-cozies-up') + 1]).toBe('why-putin-cozies-up-part-b');
		const partB = assessment.section.item.find(
			(item) => item['@_title'] === 'why-putin-cozies-up-part-b',
		) as QtiItem;
		const question = bank.questions.find((each) => each.id === 'why-putin-cozies-up');
		expect(fromQti(partB)).toEqual({
			type: 'choice',
			choices: question?.support?.choices,
			answer: question?.support?.answer,
		});
	});

	it('scores a numerical answer within its tolerance, in a decimal field', () => {
		const { assessment } = readPackage(hostileBank);
		const item = assessment.section.item.find((each) => each['@_title'] === 'big-figure');
		expect(item?.presentation.response_str?.render_fib['@_fibtype']).toBe('Decimal');
		expect(item && fromQti(item)).toEqual({
			type: 'numeric',
			answer: 140_000_000_000,
			tolerance: 500_000_000,
			low: 139_500_000_000,
			high: 140_500_000_000,
		});
	});
});

describe('QTI export of hostile banks', () => {
	const { assessment, files, text } = readPackage(hostileBank, 'naïve & <co>');

	it.each(hostileBanks)(
		'%s: valid XML whose every text reads back as the bank wrote it',
		(_, target) => {
			const { assessment: read, file } = readPackage(target, 'naïve & <co>');
			const left = new Set(file.leftOut.map((each) => each.id));
			expect(read['@_title']).toBe(
				`${target.article.title} (quizline naïve & <co>)`.replace(/\s+/g, ' '),
			);
			for (const question of target.questions.filter((each) => !left.has(each.id))) {
				const item = read.section.item.find((each) => each['@_title'] === question.id);
				if (!item) throw new Error(`no item ${question.id}`);
				expect(shown(item.presentation.material.mattext)).toBe(
					lineFeeds(question.prompt).replace('\u0001', '\ufffd'),
				);
				expect(fromQti(item)).toEqual(expectedOf(question));
				expect(feedbackOf(item, 'general_fb')).toContain(lineFeeds(question.source.quote));
			}
		},
	);

	it('titles the quiz on one line, whatever line breaks the title has', () => {
		const broken = {
			...hostileBank,
			article: { ...hostileBank.article, title: 'Two\nlines\r\n here' },
		};
		expect(readPackage(broken, 'b').assessment['@_title']).toBe('Two lines here (quizline b)');
	});

	it('keeps markup as text in the HTML fields and the quiz settings', () => {
		const choice = assessment.section.item.find((each) => each['@_title'] === 'html-choice');
		const labels = choice?.presentation.response_lid?.render_choice.response_label ?? [];
		expect(labels.map((label) => label.material.mattext['#text'])).toEqual([
			'&lt;b&gt;&amp;amp;',
			']]&gt;',
			"&quot;quoted&quot; &amp; 'single'",
			'Ærøskøbing naïve — 東京 🙂',
		]);
		const metaFile = Object.keys(files).find((name) => name.endsWith('/assessment_meta.xml'));
		expect(metaFile).toBe('quizline_na_ve_co_/assessment_meta.xml');
		const meta = parseXml(text(metaFile ?? '')) as {
			quiz: { title: string; description: string };
		};
		expect(meta.quiz.title).toBe(`${hostileBank.article.title} (quizline naïve & <co>)`);
		expect(shownText(meta.quiz.description)).toContain(hostileBank.article.title);
	});
});
