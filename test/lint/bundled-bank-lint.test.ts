// The bank a new user meets first breaks no rule of `quizline lint`.
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/core/bank/issue.js';
import { parseBank } from '../../src/core/bank/parse.js';
import { readArticleFacts } from '../../src/lint/article-facts.js';
import { lintBank } from '../../src/lint/lint-bank.js';
import { bundledArticle, bundledBank, lexicon } from '../generate/helpers.js';

describe('the bundled bank', () => {
	it('lints clean, the questions the generator wrote approved and curated', () => {
		const parsed = parseBank(bundledBank, 'questions/putin-xi-sco-2022.yaml');
		if (!parsed.ok) throw new Error('the bundled bank does not parse');
		const read = readArticleFacts(bundledArticle, lexicon());
		const findings = lintBank({
			file: 'questions/putin-xi-sco-2022.yaml',
			bank: parsed.bank,
			positions: parsed.positions,
			text: bundledBank,
			readArticle: () => read,
		});
		expect(findings.map(formatIssue)).toEqual([]);
		// The generator's questions were approved in review: every question is curated.
		expect(parsed.bank.questions.filter((question) => question.origin === 'generated')).toEqual([]);
	});
});
