// Which words of a sentence are asked about, and in which sense: real sentences from the
// regression texts, each rule shown refusing and passing.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { findFacts } from '../../../src/generate/facts/facts.js';
import { isTransparent } from '../../../src/generate/facts/gloss-check.js';
import { tagWord } from '../../../src/generate/facts/tag-word.js';
import { definedWords, findVocabulary } from '../../../src/generate/facts/vocabulary.js';
import { pickSense } from '../../../src/generate/facts/word-senses.js';
import { segmentArticle } from '../../../src/generate/read/segment.js';
import { lexicon } from '../helpers.js';

const protracted =
	'Putin acknowledged Beijing had “concerns” over the invasion, in what appeared to be a veiled admission of their diverging views over the protracted military assault.';
const roughly =
	'Trains serve all downtown tunnel stations 20 hours a day every day; during regular weekday service, trains run roughly every six to 10 minutes during rush hour and midday operation, respectively, with longer headways of 15 minutes in the early morning and 20 minutes at night.';
const sanctions =
	'The White House sought to downplay the meeting between Putin and Xi on Thursday, saying Beijing had not yet violated Western sanctions on Moscow nor provided direct material assistance to Russia.';
const diminished =
	'A range of recent labor market indicators, including ongoing job gains and declining unemployment, shows further improvement and confirms that underutilization of labor resources has diminished appreciably since early this year.';
const authoritarian =
	'The two authoritarian leaders have emerged as close partners in recent years, propelled by growing conflict with the West and a strong personal bond.';

const tag = (sentence: string, word: string) =>
	tagWord(nlp(sentence), sentence.indexOf(word), word, lexicon());

describe('the sense a sentence uses', () => {
	it('takes a word with one sense in its part of speech as it is', () => {
		const pick = pickSense(lexicon(), 'protracted', 'a', protracted);
		expect(pick).toMatchObject({ by: 'only', sense: { gloss: 'relatively long in duration' } });
	});

	it('picks the sense whose gloss and examples the sentence shares ("hour", "minute")', () => {
		const pick = pickSense(lexicon(), 'roughly', 'r', roughly);
		expect(pick).toMatchObject({
			by: 'context',
			sense: { gloss: 'imprecise but fairly close to correct' },
		});
		if ('refused' in pick) throw new Error(pick.refused);
		expect(pick.clues).toEqual(expect.arrayContaining(['hour', 'minute']));
	});

	it('takes WordNet’s usual sense only when the sentence favours it too', () => {
		const pick = pickSense(lexicon(), 'diminish', 'v', diminished);
		expect(pick).toMatchObject({
			by: 'usual',
			sense: { gloss: 'decrease in size, extent, or range' },
		});
	});

	it('refuses several senses with no clear winner (“sanctions” on Moscow)', () => {
		expect(pickSense(lexicon(), 'sanction', 'n', sanctions)).toMatchObject({
			refused: expect.stringMatching(/no clear pick/),
		});
	});
});

describe('the word as the tagger reads it', () => {
	it('reads a participle between a determiner and a noun as an adjective, with its noun', () => {
		expect(tag(protracted, 'protracted')).toEqual({
			lemma: 'protracted',
			pos: 'a',
			head: 'assault',
		});
	});

	it('maps an inflected verb to its lemma', () => {
		expect(tag(diminished, 'diminished')).toMatchObject({ lemma: 'diminish', pos: 'v' });
	});

	it('refuses a word before a noun that may be a noun or an adjective', () => {
		expect(tag(authoritarian, 'authoritarian')).toMatchObject({
			refused: expect.stringMatching(/noun or an adjective/),
		});
	});

	it('refuses a part of speech the words around it do not bear out', () => {
		const forecast =
			'Under the new rules, the barrier will close only when the water at Hoek van Holland is forecast to rise more than 3 metres.';
		expect(tag(forecast, 'forecast')).toMatchObject({
			refused: expect.stringMatching(/where a noun would/),
		});
		const consortium =
			'The barrier, built by a consortium led by the construction firm, can close.';
		expect(tag(consortium, 'consortium')).toMatchObject({ lemma: 'consortium', pos: 'n' });
	});

	it('refuses a name', () => {
		expect(tag(sanctions, 'Moscow')).toMatchObject({ refused: expect.stringMatching(/tagged/) });
	});
});

describe('words not worth asking', () => {
	it('refuses a compound whose gloss names its part, and a common word with a plain ending', () => {
		expect(isTransparent('firelight', 'the light of a fire', lexicon())).toBe(true);
		expect(isTransparent('coldly', 'lacking warmth of feeling', lexicon())).toBe(true);
		expect(isTransparent('unusable', 'not capable of being used', lexicon())).toBe(true);
	});

	it('keeps a word whose parts do not give its meaning away', () => {
		expect(
			isTransparent('setback', 'an unfortunate happening that hinders or impedes', lexicon()),
		).toBe(false);
		expect(isTransparent('protracted', 'relatively long in duration', lexicon())).toBe(false);
	});

	it('finds the words an article explains itself', () => {
		const { sentences } = segmentArticle(
			'The rover carries a so-called helicopter. Its headway (the time between trains) is short.\n',
		);
		const defined = definedWords(sentences);
		expect(defined).toContain('helicopter');
		expect(defined).toContain('headway');
		expect(defined).not.toContain('rover');
	});

	it('refuses a word the article defines, and asks it when the article does not', () => {
		const plain = 'The talks dragged on because of the protracted military assault in the east.\n';
		const defining = `${plain}A protracted (long and drawn-out) assault wears an army down.\n`;
		const asked = (text: string) => {
			const { sentences } = segmentArticle(text);
			return findVocabulary(sentences, [], lexicon(), 5).found.map(({ use }) => use.lemma);
		};
		expect(asked(plain)).toContain('protracted');
		expect(asked(defining)).not.toContain('protracted');
	});

	it('skips words too common to teach (a frequency rank under the threshold)', () => {
		expect(lexicon().rank('war')).toBeUndefined();
		expect(lexicon().rank('protracted')).toBeGreaterThanOrEqual(lexicon().leastRank);
	});
});

describe('the words worth asking', () => {
	it('takes a British spelling of a common word as common (“travellers”), not as rare', () => {
		const travel =
			'What does this mean for the travellers? An influx of freshmen pours into the city every fall.';
		const { sentences } = segmentArticle(travel);
		const asked = findVocabulary(sentences, [], lexicon(), 10).found.map(({ use }) => use.form);
		expect(asked).not.toContain('travellers');
		expect(asked).toContain('influx');
	});
});

describe('a word of a job title', () => {
	const line =
		'“They stepped up to help the Ukrainians defend themselves,” National Security Council coordinator for strategic communications John Kirby told CNN.';
	const refusedOf = (text: string) => {
		const article = findFacts(text);
		const { found, refused } = findVocabulary(
			article.sentences,
			article.index.mentions,
			lexicon(),
			10,
		);
		return { asked: found.map(({ use }) => use.form), refused: refused.get('coordinator') };
	};

	it('before a person’s name is not asked (the bundled article, line 10)', () => {
		const { asked, refused } = refusedOf(line);
		expect(asked).not.toContain('coordinator');
		expect(refused).toMatch(/job title/);
	});

	it('with no name after it is weighed as any other word', () => {
		const { refused } = refusedOf(
			'The coordinator for strategic communications told reporters nothing new.',
		);
		expect(refused ?? '').not.toMatch(/job title/);
	});
});
