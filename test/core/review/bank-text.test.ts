import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../../src/core/bank/parse.js';
import {
	addRejected,
	approveQuestion,
	questionDocument,
	questionItem,
	questionSpans,
	questionText,
	rejectedIds,
	removeQuestion,
	replaceQuestion,
	setQuestionField,
} from '../../../src/core/review/bank-text.js';

// A bank as a teacher keeps it: comments above, beside and inside questions, odd quoting, a
// block scalar, flow lists, blank lines.
const bank = `# My bank — comments stay where they are
article:
  file: article.txt   # beside the key
  title: 'A title'
questions:
  # ── Line 1 ──
  - id: first
    type: short
    prompt: "Who?"   # a trailing comment
    answer: Ana
    source: { line: 1, quote: Ana met Bo }
    origin: generated

  # ── Line 2 ──
  - id: second
    type: truefalse
    prompt: |
      Bo left
      early.
    answer: true
    source:
      line: 2
      quote: Bo left early
    origin: generated

  - id: third
    type: short
    prompt: Where?
    answer: Rome
    source: { line: 3, quote: in Rome }
    tags: [ a,  b ]
    origin: curated
# the end
`;

const parses = (text: string) => expect(parseBank(text, 'bank.yaml').ok).toBe(true);

describe('editing a bank one question at a time', () => {
	it('finds each question, its bytes and its indent', () => {
		expect(questionSpans(bank).map((span) => [span.id, span.indent])).toEqual([
			['first', 2],
			['second', 2],
			['third', 2],
		]);
		expect(questionText(bank, 'second')).toMatch(/^ {2}- id: second\n[\s\S]*origin: generated\n$/);
	});

	it('approves by changing the origin’s word and no other byte', () => {
		const approved = approveQuestion(bank, 'second') ?? '';
		const at = bank.indexOf('origin: generated', bank.indexOf('id: second'));
		expect(approved).toBe(`${bank.slice(0, at)}origin: curated${bank.slice(at + 17)}`);
		expect(approveQuestion(bank, 'third')).toBeUndefined();
		parses(approved);
	});

	it('rejects by cutting the question and the blank line after it, and listing it', () => {
		const removed = removeQuestion(bank, 'second');
		expect(removed?.nextId).toBe('third');
		const text = addRejected(removed?.text ?? '', 'tf-bo-left-123');
		const start = bank.indexOf('  - id: second');
		const end = bank.indexOf('  - id: third');
		expect(text).toBe(`${bank.slice(0, start)}${bank.slice(end)}rejected:\n  - tf-bo-left-123\n`);
		expect(rejectedIds(text)).toEqual(['tf-bo-left-123']);
		parses(text);
		const last = removeQuestion(bank, 'third')?.text ?? '';
		expect(last).toBe(bank.replace(/\n {2}- id: third[\s\S]*origin: curated\n/, ''));
		parses(last);
	});

	it('adds to a rejected list that is there, in its own style', () => {
		const one = addRejected(bank, 'a-1');
		const two = addRejected(one, 'b-2');
		expect(two).toBe(`${bank}rejected:\n  - a-1\n  - b-2\n`);
		const flow = addRejected(`${bank}rejected: [x-1]\n`, 'y-2');
		expect(rejectedIds(flow)).toEqual(['x-1', 'y-2']);
		parses(flow);
	});

	it('refuses to remove the last question of a bank', () => {
		const only = bank.slice(0, bank.indexOf('\n  # ── Line 2'));
		expect(removeQuestion(`${only}\n`, 'first')).toBeUndefined();
	});

	it('gives a question as a document of its own and takes it back as the same bytes', () => {
		for (const span of questionSpans(bank)) {
			const item = bank.slice(span.start, span.end);
			const document = questionDocument(item, span.indent);
			expect(document.startsWith('id: ')).toBe(true);
			expect(questionItem(document, span.indent)).toBe(item);
			expect(replaceQuestion(bank, span.id, questionItem(document, span.indent))).toBe(bank);
		}
	});

	it('leaves the bundled bank byte for byte as it was after approve and its undo', () => {
		const text = readFileSync('questions/putin-xi-sco-2022.yaml', 'utf8');
		const [span] = questionSpans(text);
		if (!span) throw new Error('no question');
		const item = text.slice(span.start, span.end);
		const edited = replaceQuestion(
			text,
			span.id,
			item.replace('origin: curated', 'origin: generated'),
		);
		const approved = approveQuestion(edited ?? '', span.id);
		expect(approved).toBe(text);
	});
});

describe('a quick fix of one field', () => {
	it('changes only that scalar, plain when it can, quoted when it must', () => {
		const fixed = setQuestionField(bank, 'first', ['prompt'], 'Who met Bo?');
		expect(fixed).toBe(bank.replace('"Who?"', 'Who met Bo?'));
		const quoted = setQuestionField(bank, 'third', ['prompt'], 'Where: the city?');
		expect(quoted).toBe(bank.replace('prompt: Where?', 'prompt: "Where: the city?"'));
		const block = setQuestionField(bank, 'second', ['prompt'], 'Bo left early.') ?? '';
		expect(block).toBe(bank.replace('|\n      Bo left\n      early.\n', 'Bo left early.\n'));
		parses(block);
	});

	it('fixes an item of a flow list, quoting a comma', () => {
		const text = bank.replace('tags: [ a,  b ]', 'accept: [ Rome,  the city ]');
		const fixed = setQuestionField(text, 'third', ['accept', 1], 'the city, Rome');
		expect(fixed).toBe(text.replace('the city ]', '"the city, Rome" ]'));
		expect(setQuestionField(text, 'third', ['accept', 5], 'x')).toBeUndefined();
	});
});
