// The wrong meanings of a vocabulary question: near the key in WordNet (its opposite, the kinds
// beside its broader sense), never a random gloss; a word with no such options is not asked.
import { describe, expect, it } from 'vitest';
import {
	drawDistractors,
	glossHead,
	hasFairOptions,
} from '../../../src/generate/candidates/vocabulary-questions.js';
import { glossProblem } from '../../../src/generate/facts/gloss-check.js';
import { findVocabulary } from '../../../src/generate/facts/vocabulary.js';
import { saysSame } from '../../../src/generate/judge/rules-vocabulary.js';
import { segmentArticle } from '../../../src/generate/read/segment.js';
import { lexicon, realText } from '../helpers.js';

/** The words a real text asks about, with their wrong meanings drawn as the generator does. */
function asked(name: string) {
	const { sentences } = segmentArticle(realText(name));
	return findVocabulary(sentences, [], lexicon(), 10, hasFairOptions);
}

const optionsOf = (name: string, lemma: string) => {
	const found = asked(name).found.find(({ use }) => use.lemma === lemma);
	if (!found) throw new Error(`“${lemma}” is not asked in ${name}`);
	return { found, options: drawDistractors(found.use, found.sentence.text, () => 0.5) };
};

describe('wrong meanings near the key', () => {
	it('offers “inception” other kinds of event, not a current of water or a knock', () => {
		const { found, options } = optionsOf('news-report', 'inception');
		expect(found.use.pick.sense.gloss).toBe('an event that is a beginning');
		expect(options).toHaveLength(3);
		for (const option of options) expect(option.kind).toBe('noun.event');
		const glosses = options.map((option) => option.gloss);
		expect(glosses).not.toContain('a powerful circular current of water');
		expect(glosses).not.toContain('the sound of light blow or knock');
		// Kinds of beginning would fit "since its ___ in 1901": none is offered.
		expect(glosses).not.toContain('a coming into being');
	});

	it('offers “diminished” its opposite, and changes of state, not soot or leaves', () => {
		const { options } = optionsOf('business-report', 'diminish');
		const glosses = options.map((option) => option.gloss);
		expect(glosses).toContain('become bigger or greater in amount');
		for (const option of options) expect(option.kind).toBe('verb.change');
		expect(glosses).not.toContain('stain with a dirty substance, such as soot');
	});

	it('takes an opposite sharing words with the key as a different meaning', () => {
		const dictionary = lexicon();
		const influx = dictionary.senses('influx', 'n')?.senses[0];
		if (!influx) throw new Error('no “influx”');
		const outflow = dictionary.sense(influx.related.opposites[0] ?? '');
		expect(outflow?.gloss).toBe('the process of flowing out');
		if (outflow) expect(saysSame(outflow, influx)).toBe(false);
	});
});

describe('words not asked', () => {
	it('refuses “predominantly”: its WordNet gloss reads as an adjective’s', () => {
		const { found } = asked('travel-guide');
		expect(found.map(({ use }) => use.lemma)).not.toContain('predominantly');
		const sense = lexicon().senses('predominantly', 'r')?.senses[0];
		if (!sense) throw new Error('no adverb “predominantly”');
		expect(glossProblem(sense, 'predominantly', lexicon())).toMatch(
			/adverb's gloss .* another part of speech/u,
		);
		const respectively = lexicon().senses('respectively', 'r')?.senses[0];
		if (!respectively) throw new Error('no adverb “respectively”');
		expect(glossProblem(respectively, 'respectively', lexicon())).toBeUndefined();
	});

	it('refuses a word with no three fair wrong meanings near it (“habitability”)', () => {
		const { refused } = asked('science-news');
		expect(refused.get('habitability')).toBe('no three fair wrong meanings near “habitability”');
	});
});

describe('wrong meanings of the same sort, when WordNet holds none near the key', () => {
	it('names the noun a gloss defines by', () => {
		expect(glossHead('the process of flowing in')).toBe('process');
		expect(glossHead('a desirable state')).toBe('state');
		expect(glossHead('an unfortunate happening that hinders or impedes')).toBe('happening');
		expect(glossHead('someone whose task is to see that work goes harmoniously')).toBe('someone');
		expect(glossHead('the attribute or quality of being deep')).toBe('attribute');
		expect(glossHead('the group following and attending to some important person')).toBe('group');
		expect(glossHead('a mild state of nausea')).toBe('state');
		// A word before "of" is the head, whatever its ending.
		expect(glossHead('a payment of money')).toBe('payment');
		expect(glossHead('the history of a nation')).toBe('history');
	});

	it('offers “influx” other processes, each fair beside it', () => {
		const { found, options } = optionsOf('travel-guide', 'influx');
		expect(found.use.pick.sense.gloss).toBe('the process of flowing in');
		expect(options).toHaveLength(3);
		for (const option of options) {
			expect(option.kind).toBe('noun.process');
			expect(glossHead(option.gloss)).toBe('process');
			expect(saysSame(option, found.use.pick.sense)).toBe(false);
		}
	});

	it('draws none for an adjective: “adj.all” holds meanings of every sort', () => {
		const { sentences } = segmentArticle(realText('short-story'));
		const comical = findVocabulary(sentences, [], lexicon(), 10).found.find(
			({ use }) => use.lemma === 'comical',
		);
		if (!comical) throw new Error('“comical” is not found');
		expect(drawDistractors(comical.use, comical.sentence.text, () => 0.5)).toEqual([]);
	});
});
