import { expect, it } from 'vitest';
import { parseBank } from '../../src/core/bank/parse.js';
import { addRejected, removeQuestion } from '../../src/core/review/bank-text.js';
import { defaultSeed, generateBank } from '../../src/generate/generate-bank.js';
import { formatReport } from '../../src/generate/write/report.js';
import { fixture } from './helpers.js';

const articleText = fixture('harbour-barrier-news');

function generate(existing?: string) {
	const result = generateBank({
		articleText,
		articleFile: 'a.txt',
		bankFile: 'bank.yaml',
		seed: defaultSeed,
		...(existing === undefined ? {} : { existing }),
	});
	if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
	const parsed = parseBank(result.yaml, 'bank.yaml');
	if (!parsed.ok) throw new Error('the bank does not parse');
	return { ...result, bank: parsed.bank };
}

it('never brings back a question rejected in review, and says how many it skipped', () => {
	const first = generate();
	const [target] = first.bank.questions;
	if (!target) throw new Error('nothing generated');
	const removed = removeQuestion(first.yaml, target.id);
	const reviewed = addRejected(removed?.text ?? '', target.id);
	const again = generate(reviewed);
	expect(again.bank.questions.map((question) => question.id)).not.toContain(target.id);
	expect(again.bank.rejected).toEqual([target.id]);
	expect(again.report.skipped).toBe(1);
	expect(formatReport(again.report, 'bank.yaml', false).join('\n')).toContain(
		'skipped 1 question rejected in review',
	);
	expect(first.report.skipped).toBe(0);
	// The next run still knows it.
	expect(generate(again.yaml).bank.rejected).toEqual([target.id]);
});
