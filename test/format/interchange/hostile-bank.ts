// Banks that validate but carry everything an interchange file can trip on: HTML and entities,
// `]]>`, quotes, GIFT's and Moodle's special characters, non-ASCII names, long texts, line
// breaks of every kind, a control character, a formula-like text.
import { type Bank, type BankInput, bankSchema } from '../../../src/core/bank/schema.js';
import { loadBank } from '../../../src/files/load-bank.js';

const source = (quote: string, line = 1) => ({ line, quote });

/** The hostile questions, by type; every exporter's test reads them back. */
export const hostileInput: BankInput = {
	article: {
		file: 'a.txt',
		title: 'Ærøskøbing & <Zürich> “quoted” ]]> news',
		source: 'Le Monde — 3 déc. 2026',
	},
	questions: [
		{
			id: 'html-choice',
			type: 'choice',
			prompt: 'Which is <b>&amp; bold</b>? ]]> "double" \'single\'',
			choices: ['<b>&amp;', ']]>', '"quoted" & \'single\'', 'Ærøskøbing naïve — 東京 🙂'],
			answer: ']]>',
			source: source('the ]]> marker & <b>tag</b>'),
			explanation: 'Because ]]> ends CDATA & <i>breaks</i> naive writers.',
			tags: ['html & xml', 'naïve'],
		},
		{
			id: 'moodle-specials',
			type: 'short',
			prompt: '[html]What did the article call -> saturated?\nSecond line\r\nthird\rfourth',
			answer: 'a -> b',
			accept: ['%25% of voters', '*star*', '[markdown]x', 'C:\\path {x} ~y =z #w'],
			source: source('it read a -> b here'),
			tags: ['gift'],
		},
		{
			id: 'big-figure',
			type: 'numeric',
			prompt: 'How much was trade last year (in $)?',
			answer: 140_000_000_000,
			tolerance: 500_000_000,
			unit: '$',
			source: source('trade of $140 billion last year', 2),
		},
		{
			id: 'line-break-statement',
			type: 'truefalse',
			prompt: 'Line one\nline two of “Zürich” & <co>',
			answer: false,
			source: source('Zürich & co'),
			explanation: 'Not ]]> at all.',
		},
		{
			id: 'order-hostile',
			type: 'order',
			prompt: 'Put <these> & those in order',
			items: ['<i>first</i>', 'second & more', ']]> third'],
			answer: ['b', 'c', 'a'],
			source: source('second, then third, then first'),
		},
		{
			id: 'two-part-hostile',
			type: 'choice',
			prompt: 'Who said “<no>”?',
			choices: ['Zoë', 'Ōta'],
			answer: 'Zoë',
			source: source('Zoë said <no>'),
			support: {
				prompt: 'Which line & why?',
				choices: ['“Zoë said <no>”', '“Ōta said ]]>”'],
				answer: '“Zoë said <no>”',
			},
		},
		{
			id: 'formula-choice',
			type: 'choice',
			prompt: '=1+1 is what kind of text?\u0001',
			choices: ['=SUM(A1:A2)', '+plain', '-minus', '@at'],
			answer: '+plain',
			source: source('a formula =1+1'),
		},
		{
			id: 'long-prompt',
			type: 'truefalse',
			prompt: `Ünïcödé ${'long words go on and on '.repeat(6)}end.`,
			answer: true,
			source: source('long words'),
		},
		{
			id: 'long-answer',
			type: 'choice',
			prompt: 'Which answer is too long?',
			choices: ['short', `${'x'.repeat(80)}`],
			answer: 'short',
			source: source('short'),
		},
		{
			id: 'five-choices',
			type: 'choice',
			prompt: 'Pick one of five',
			choices: ['a', 'b', 'c', 'd', 'e'],
			answer: 'c',
			source: source('c'),
		},
	],
};

/** The hostile bank, with the schema's defaults applied. */
export const hostileBank: Bank = bankSchema.parse(hostileInput);

/** A question of the hostile bank by id. */
export function hostile(id: string) {
	const question = hostileBank.questions.find((each) => each.id === id);
	if (!question) throw new Error(`no hostile question ${id}`);
	return question;
}

const fixture = loadBank('test/fixtures/export-hostile/hostile-bank.yaml');
if (!fixture.ok) throw new Error('the hostile fixture bank must validate');

/** A hostile bank that `validate` accepts, article and all (shared with the GIFT, TSV and CSV tests). */
export const validatedHostileBank: Bank = fixture.bank;

/** Both hostile banks, by name, for the tests that run on any bank. */
export const hostileBanks: [string, Bank][] = [
	['the hostile corpus', hostileBank],
	['the validated hostile fixture', validatedHostileBank],
];
