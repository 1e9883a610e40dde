// The decisions of Moodle's GIFT importer (question/format/gift/format.php, readquestion), in
// TypeScript, for the tests to read an export as Moodle would: blocks split at blank lines,
// comment lines dropped, escapes, $CATEGORY, the name, the question type from the answer text,
// grades (`%25%`), format markers (`[html]`) and the general feedback.

/** A question as Moodle's importer makes it (only what the exports use). */
export type MoodleQuestion = {
	qtype:
		| 'category'
		| 'multichoice'
		| 'truefalse'
		| 'shortanswer'
		| 'numerical'
		| 'match'
		| 'essay'
		| 'description';
	category?: string;
	name?: string;
	text: string;
	format: string;
	/** Each answer with its grade (0–1) and format (the question text's unless marked). */
	answers: { text: string; fraction: number; format?: string }[];
	generalFeedback: string;
	single?: boolean;
	correct?: boolean;
};

const placeholders: [string, string][] = [
	['\\:', '&&058;'],
	['\\#', '&&035;'],
	['\\=', '&&061;'],
	['\\{', '&&123;'],
	['\\}', '&&125;'],
	['\\~', '&&126;'],
	['\\n', '&&010'],
];
const pre = (text: string) => {
	let out = text.replaceAll('\\\\', '&&092;');
	for (const [escaped, held] of placeholders) out = out.replaceAll(escaped, held);
	return out.replaceAll('&&092;', '\\');
};
const post = (text: string) => {
	let out = text;
	for (const [escaped, held] of placeholders)
		out = out.replaceAll(held, escaped === '\\n' ? '\n' : escaped.slice(1));
	return out;
};
const formats = ['moodle', 'html', 'plain', 'markdown'];
function withFormat(text: string, fallback: string): { text: string; format: string } {
	let format = fallback;
	let rest = text;
	if (text.startsWith('[')) {
		const name = text.slice(1, text.indexOf(']'));
		if (formats.includes(name)) {
			format = name;
			rest = text.slice(text.indexOf(']') + 1);
		}
	}
	return { text: post(rest).trim(), format };
}
const weight = /^%-*([0-9]{1,2})\.?([0-9]*)%/;
function weighed(answer: string, fallback: number): { rest: string; fraction: number } {
	if (!weight.test(answer)) return { rest: answer, fraction: fallback };
	const end = answer.indexOf('%', 1);
	return { rest: answer.slice(end + 1), fraction: Number(answer.slice(1, end)) / 100 };
}
const answerText = (answer: string, format: string) =>
	withFormat(answer.split('#')[0]?.trim() ?? '', format);

/** Every question Moodle reads from a GIFT file, in order. */
export function readGiftAsMoodle(file: string): MoodleQuestion[] {
	const blocks: string[][] = [[]];
	for (const line of file.split('\n')) {
		const trimmed = line.trim();
		if (trimmed === '') blocks.push([]);
		else blocks.at(-1)?.push(trimmed.startsWith('//') ? ' ' : trimmed);
	}
	return blocks
		.map((lines) => lines.join('\n').trim())
		.filter((text) => text !== '')
		.map(readQuestion);
}

function readQuestion(block: string): MoodleQuestion {
	let text = pre(block);
	const base = { text: '', format: 'moodle', answers: [], generalFeedback: '' };
	if (text.startsWith('$CATEGORY:'))
		return { ...base, qtype: 'category', category: text.slice(10).trim() };
	let name: string | undefined;
	if (text.startsWith('::')) {
		const end = text.indexOf('::', 2);
		name = post(text.slice(2, end));
		text = text.slice(end + 2).trim();
	}
	const start = text.indexOf('{');
	const finish = text.indexOf('}');
	let answers = text.slice(start + 1, finish).trim();
	const stem = withFormat(text.slice(0, start) + text.slice(finish + 1), 'moodle');
	const split = answers.lastIndexOf('####');
	const generalFeedback = split < 0 ? '' : withFormat(answers.slice(split + 4), stem.format).text;
	if (split >= 0) answers = answers.slice(0, split).trim();
	const question = { ...base, name, text: stem.text, format: stem.format, generalFeedback };
	if (answers.startsWith('#')) {
		const values = answers
			.slice(1)
			.split('=')
			.map((each) => each.trim())
			.filter(Boolean);
		return {
			...question,
			qtype: 'numerical',
			answers: values.map((value) => ({ ...toFraction(weighed(value, 1)), text: value })),
		};
	}
	if (answers.includes('~')) {
		const choices = answers
			.replaceAll('=', '~=')
			.split('~')
			.map((each) => each.trim())
			.filter(Boolean);
		return {
			...question,
			qtype: 'multichoice',
			single: answers.includes('='),
			answers: choices.map((choice) => {
				const { rest, fraction } = choice.startsWith('=')
					? { rest: choice.slice(1), fraction: 1 }
					: weighed(choice, 0);
				return { ...answerText(rest, stem.format), fraction };
			}),
		};
	}
	if (answers.includes('=') && answers.includes('->')) return { ...question, qtype: 'match' };
	const truth = answers.split('#')[0]?.trim() ?? '';
	if (['T', 'TRUE', 'F', 'FALSE'].includes(truth))
		return { ...question, qtype: 'truefalse', correct: truth.startsWith('T') };
	const forms = answers
		.split('=')
		.map((each) => each.trim())
		.filter(Boolean);
	return {
		...question,
		qtype: 'shortanswer',
		answers: forms.map((form) => {
			const { rest, fraction } = weighed(form, 1);
			return { text: answerText(rest, stem.format).text, fraction };
		}),
	};
}

const toFraction = ({ fraction }: { fraction: number }) => ({ fraction });

/**
 * Whether a learner's answer matches a short answer as Moodle compares them: `*` (unescaped) is
 * a wildcard, `\*` a star, case ignored, the answer trimmed.
 */
export function moodleShortAnswerMatches(pattern: string, answer: string): boolean {
	const bits = pattern
		.split(/(?<!\\)\*+/)
		.map((bit) => bit.replaceAll('\\*', '*').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${bits.join('.*')}$`, 'iu').test(answer.trim());
}

/** What Moodle shows of a text in its format: HTML entities and <br> decoded, plain as it is. */
export function shownText({ text, format }: { text: string; format?: string }): string {
	if (format !== 'html') return text;
	return text
		.replaceAll('<br>', '\n')
		.replace(/&(amp|lt|gt);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name] ?? '');
}
