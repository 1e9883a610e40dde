import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** The article of the review fixture: one paragraph a line. */
export const reviewArticle = `Ana met Bo in Rome in May, and they spoke for an hour about the harbour.
Bo left early because the last ferry sailed at six.
The harbour board approved a new barrier costing 40 million euros.
`;

/**
 * A bank as a teacher keeps one: comments above, beside and inside questions, quoting of every
 * kind, a block scalar, flow lists and blank lines; three generated questions and one curated.
 */
export const reviewBank = `# yaml-language-server: $schema=./schema.json
# A bank under review — every comment must survive it.
article:
  file: article.txt   # beside the article
  title: 'Harbour notes'
questions:
  # ── Line 1 ──
  - id: fill-rome-1
    type: short
    prompt: "Where did Ana meet Bo?"   # trailing comment
    answer: Rome
    accept: [in Rome]
    source: { line: 1, quote: Ana met Bo in Rome, highlight: Rome }
    explanation: Line 1 says they met in Rome.
    origin: generated

  # ── Line 2 ──
  - id: pick-six-2
    type: choice
    prompt: |
      When did the last ferry sail?
    choices: [at five, at six, at seven]
    answer: at six
    source:
      line: 2
      quote: the last ferry sailed at six
      highlight: at six
    origin: generated

  - id: true-false-barrier-3
    type: truefalse
    prompt: The harbour board approved a new barrier.
    answer: true
    source:
      line: 3
      quote: The harbour board approved a new barrier
    origin: generated

  - id: curated-hour
    type: short
    prompt: How long did they speak?
    answer: an hour
    source: { line: 1, quote: they spoke for an hour }
    origin: curated
# the end of the bank
`;

const made: string[] = [];
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder with the fixture's article and bank; the bank's path and how to read it. */
export function reviewFolder(bank = reviewBank) {
	const dir = mkdtempSync(path.join(tmpdir(), 'quizline-review-'));
	made.push(dir);
	writeFileSync(path.join(dir, 'article.txt'), reviewArticle);
	const file = path.join(dir, 'bank.yaml');
	writeFileSync(file, bank);
	return { dir, file, read: () => readFileSync(file, 'utf8') };
}
