// The wrong meanings offered beside a word's sense: never the key's sense in other words, never
// one that fits the sentence too, of the key's form and length — real sentences, both ways.
import { describe, expect, it } from 'vitest';
import type { Sense } from '../../../src/generate/facts/lexicon.js';
import {
	fitsSentence,
	glossShape,
	optionProblem,
	saysSame,
} from '../../../src/generate/judge/rules-vocabulary.js';
import { lexicon } from '../helpers.js';

const inception =
	'She is the first African woman to win the Peace prize, and the 12th woman to win the prize since its inception in 1901.';
const protracted =
	'Putin acknowledged Beijing had “concerns” over the invasion, in what appeared to be a veiled admission of their diverging views over the protracted military assault.';

function senseOf(lemma: string, pos: Sense['pos'], gloss?: string): Sense {
	const senses = lexicon().senses(lemma, pos)?.senses ?? [];
	const sense = gloss ? senses.find((each) => each.gloss === gloss) : senses[0];
	if (!sense) throw new Error(`no ${pos} sense of ${lemma}`);
	return sense;
}

const key = () => senseOf('protracted', 'a');

describe('a wrong meaning', () => {
	it('may not be the key’s own sense, under any of its words', () => {
		const lengthy = senseOf('lengthy', 'a');
		expect(lengthy.id).toBe(key().id);
		expect(saysSame(lengthy, key())).toBe(true);
		expect(optionProblem(lengthy, key(), 'protracted', protracted, lexicon())).toMatch(/says what/);
	});

	it('may not say the same in other words (a shared telling word: “duration”)', () => {
		const other = lexicon()
			.pool('a')
			.find((sense) => sense.id !== key().id && / duration\b/u.test(sense.gloss));
		if (!other) throw new Error('no other adjective gloss names a duration');
		expect(saysSame(other, key())).toBe(true);
	});

	it('may not fit the sentence too: a sense whose gloss speaks of winning prizes', () => {
		const word = 'inception';
		const fitting = lexicon()
			.pool('n')
			.find((sense) => sense.context.includes('prize') || /\bprize\b/u.test(sense.gloss));
		if (!fitting) throw new Error('no noun sense speaks of a prize');
		expect(fitsSentence(fitting, inception, word)).toBe(true);
		expect(fitsSentence(senseOf('inception', 'n'), 'The clock struck twelve.', word)).toBe(false);
	});

	it('must have the key’s form: no “relating to …” beside a plain description', () => {
		const monetary = senseOf('monetary', 'a');
		expect(glossShape(monetary.gloss)).toBe('relating');
		expect(glossShape(key().gloss)).toBe('plain');
		expect(optionProblem(monetary, key(), 'protracted', protracted, lexicon())).toMatch(/form/);
	});

	it('may not be one of a template the key is not of (“in a … manner”)', () => {
		expect(glossShape('in a compassionate manner')).toBe('manner');
		expect(glossShape('in the order given')).toBe('plain');
	});

	it('may not be a meaning unfit for a class', () => {
		const unfit = lexicon()
			.pool('a')
			.find((sense) => /\bsemen\b/u.test(sense.gloss));
		if (!unfit) throw new Error('no adjective gloss names semen');
		expect(optionProblem(unfit, key(), 'protracted', protracted, lexicon())).toMatch(/unfit/);
	});

	it('may not stand apart by its length', () => {
		const long = lexicon()
			.pool('a')
			.find((sense) => glossShape(sense.gloss) === 'plain' && sense.gloss.split(' ').length >= 9);
		if (!long) throw new Error('no long adjective gloss');
		expect(optionProblem(long, key(), 'protracted', protracted, lexicon())).toMatch(/length/);
	});

	it('passes when it is another meaning of the same kind and length, foreign to the sentence', () => {
		const plain = lexicon()
			.pool('a')
			.filter(
				(sense) => optionProblem(sense, key(), 'protracted', protracted, lexicon()) === undefined,
			);
		expect(plain.length).toBeGreaterThan(50);
		for (const sense of plain.slice(0, 20)) {
			expect(saysSame(sense, key())).toBe(false);
			expect(fitsSentence(sense, protracted, 'protracted')).toBe(false);
		}
	});
});
