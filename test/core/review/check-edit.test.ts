import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/article.js';
import { questionDocument, questionSpans } from '../../../src/core/review/bank-text.js';
import { checkEditedQuestion } from '../../../src/core/review/check-edit.js';
import { reviewArticle, reviewBank } from '../../ui/review-fixture.js';

const article = parseArticle(reviewArticle);
const [span] = questionSpans(reviewBank);
if (!span) throw new Error('no question');
const document = questionDocument(reviewBank.slice(span.start, span.end), span.indent);
const check = (edited: string) =>
	checkEditedQuestion(reviewBank, 'fill-rome-1', edited, article, 'q.yaml');

describe('an edited question, checked as validate checks a bank', () => {
	it('goes in as the teacher wrote it, made curated, every other byte as it was', () => {
		const result = check(document.replace('answer: Rome', 'answer: Rome # the city'));
		expect(result.ok && result.text).toBe(
			reviewBank
				.replace('answer: Rome\n', 'answer: Rome # the city\n')
				.replace('origin: generated', 'origin: curated'),
		);
	});

	it('points at the line and column of a schema problem in the document', () => {
		const result = check(document.replace('type: short', 'type: shrot'));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues[0]).toMatchObject({ file: 'q.yaml', line: 2 });
	});

	it('refuses a quote the article does not hold, and an id another question has', () => {
		const quote = check(document.replace('quote: Ana met Bo in Rome', 'quote: Ana met Bo in Oslo'));
		expect(quote.ok || quote.issues[0]?.message).toMatch(/quote not found on line 1/);
		const taken = check(document.replace('id: fill-rome-1', 'id: curated-hour'));
		expect(taken.ok || taken.issues[0]?.message).toMatch(/is taken by another question/);
		const broken = check('id: [unclosed\n');
		expect(broken.ok || broken.issues[0]?.line).toBeGreaterThan(0);
	});
});
