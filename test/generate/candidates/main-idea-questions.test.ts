import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidatesFor } from '../../../src/generate/candidates/build-questions.js';
import { judgeCandidate } from '../../../src/generate/judge/judge.js';
import { storyIdea } from '../../../src/generate/judge/rules-main-idea.js';
import { readArticle } from '../helpers.js';

const realText = (name: string) =>
	readFileSync(new URL(`../../fixtures/real-texts/${name}.txt`, import.meta.url), 'utf8');

/** Every main-idea candidate of a text, with the rule each breaks (if any). */
function ideaCandidates(text: string) {
	const { article, pools, context } = readArticle(text);
	return article.facts
		.filter((fact) => fact.kind === 'main-idea')
		.flatMap((fact) => [...candidatesFor(fact, article, pools, 'quizline')])
		.map((candidate) => ({
			candidate,
			line: article.lines[candidate.question.source.line - 1]?.text ?? '',
			finding: judgeCandidate(candidate, context(candidate.question.source.line)),
		}));
}

describe('main-idea questions', () => {
	const news = ideaCandidates(realText('news-report'));

	it('ask what the article is about, the lead’s main clause the key, cited verbatim', () => {
		const first = news[0];
		expect(first?.finding).toBeUndefined();
		const question = first?.candidate.question;
		expect(question).toMatchObject({
			type: 'choice',
			prompt: 'What is the article mainly about?',
			answer: 'The 2004 Nobel Peace Prize was awarded today to Dr Wangari Maathai from Kenya.',
			tags: ['main-idea'],
			skill: 'main-idea',
			source: {
				line: 2,
				quote:
					'OSLO — The 2004 Nobel Peace Prize was awarded today to Dr Wangari Maathai from Kenya.',
				highlight: 'The 2004 Nobel Peace Prize was awarded today to Dr Wangari Maathai from Kenya',
			},
		});
		expect(first?.line).toContain(question?.source.quote);
		expect(question?.source.quote).toContain(question?.source.highlight);
		expect(question?.explanation).toMatch(/opens with this \(line 2\).*detail/);
	});

	it('offer options of like length: none over 1.8 times another', () => {
		for (const { candidate } of news) {
			if (candidate.question.type !== 'choice') throw new Error('a main-idea question is a choice');
			const lengths = candidate.question.choices.map((choice) => choice.length);
			expect(candidate.question.choices).toContain(candidate.question.answer);
			expect(lengths.length).toBeGreaterThanOrEqual(3);
			const key = candidate.question.answer.length;
			for (const length of lengths) {
				expect(length).toBeLessThanOrEqual(key * 1.8);
				expect(length * 1.8).toBeGreaterThanOrEqual(key);
			}
		}
	});

	it('come in alternatives, each leaving out one detail of the first', () => {
		expect(news.length).toBeGreaterThan(1);
		const sets = news.map(({ candidate }) =>
			candidate.question.type === 'choice' ? [...candidate.question.choices].sort().join('|') : '',
		);
		expect(new Set(sets).size).toBe(sets.length);
	});

	it('are not made when the details are far shorter than the key: its length would give it away', () => {
		// The encyclopedia's bus-routes paragraph has its idea, but "Bus routes were divided into
		// three bays …" is under half as long as the key.
		const paragraph = ideaCandidates(realText('encyclopedia')).filter(
			({ candidate }) => candidate.question.source.line === 9,
		);
		expect(paragraph).toEqual([]);
	});
});

describe('the main-idea rules', () => {
	it('offer details of a sentence’s length beside a short lead ("NASA is sending a helicopter to Mars.")', () => {
		const [first] = ideaCandidates(realText('science-news')).filter(
			({ candidate, finding }) =>
				candidate.question.prompt === 'What is the article mainly about?' && !finding,
		);
		const question = first?.candidate.question;
		if (question?.type !== 'choice')
			throw new Error('no main-idea question on the science release');
		expect(question.answer).toBe('NASA is sending a helicopter to Mars.');
		expect(question.choices.length).toBeGreaterThanOrEqual(3);
		for (const choice of question.choices) expect(choice.length).toBeLessThanOrEqual(110);
	});

	it('name the line of a paragraph a reader counts past headings ("paragraph 6 (line 10)")', () => {
		const logan = ideaCandidates(realText('travel-guide')).find(
			({ candidate }) => candidate.question.source.line === 10,
		);
		expect(logan?.candidate.question.prompt).toBe(
			'What is the main idea of paragraph 6 (line 10)?',
		);
	});

	it('story-idea: a story’s paragraph has no topic sentence, a report’s lead does', () => {
		const { article, pools, context } = readArticle(realText('news-report'));
		const fact = article.facts.find((each) => each.kind === 'main-idea');
		if (!fact) throw new Error('the news report has a main idea');
		const [candidate] = [...candidatesFor(fact, article, pools, 'quizline')];
		if (!candidate) throw new Error('and a question on it');
		const report = context(candidate.question.source.line);
		expect(storyIdea(candidate, report)).toBeUndefined();
		const story = { ...report, profile: { ...report.profile, isNarrative: true } };
		expect(storyIdea(candidate, story)).toMatch(/story/);
	});
});
