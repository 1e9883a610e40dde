// Claims restated from real sentences, and the sentences offered beside them as evidence.
import { describe, expect, it } from 'vitest';
import { besideSentence, keySentence } from '../../../src/generate/candidates/option-sentences.js';
import { findClaim } from '../../../src/generate/facts/claims.js';

const sentence = (text: string) => ({ index: 0, line: 1, start: 0, end: text.length, text });
const lookup = (names: string[], people: string[] = []) => ({
	isName: (name: string) => names.includes(name),
	isPerson: (name: string) => people.includes(name),
});
const claim = (text: string, names: string[] = [], people: string[] = []) =>
	findClaim(sentence(text), lookup(names, people))?.text;

describe('findClaim', () => {
	it('turns a passive with its agent active', () => {
		expect(
			claim(
				"Dr Maathai's project was opposed by the Kenyan government during Daniel arap Moi's rule, and Dr Maathai's demonstrations to protect the forests often met with violent resistance.",
			),
		).toBe("the Kenyan government opposed Dr Maathai's project");
	});

	it('turns a named actor’s deed passive, agreeing with the head noun', () => {
		expect(
			claim(
				'The King County Metro Council approved the bus tunnel proposal in November 1983, but construction did not begin until March 1987.',
				['King County Metro Council'],
			),
		).toBe('the bus tunnel proposal was approved by the King County Metro Council');
		expect(
			claim(
				'At the start of the meeting Thursday, Putin stressed the deepening economic ties between China and Russia, noting bilateral trade exceeded $140 billion last year.',
				['Putin', 'China', 'Russia'],
			),
		).toBe('the deepening economic ties between China and Russia were stressed by Putin');
	});

	it('makes an appositive a sentence, keeping a figure’s comma', () => {
		expect(
			claim(
				'The two are holding talks on the sidelines of a summit of the Shanghai Cooperation Organization, a regional security-focused grouping that also includes India, Pakistan and four Central Asian nations.',
			),
		).toBe('the Shanghai Cooperation Organization is a regional security-focused grouping');
		expect(
			claim(
				'The observatory is best known for the Vessel Lake Survey, a catalogue of 18,000 variable stars compiled between 1960 and 1994.',
			),
		).toBe(
			'the Vessel Lake Survey is a catalogue of 18,000 variable stars compiled between 1960 and 1994',
		);
	});

	it('restates nothing vague, measured, personal or spoken', () => {
		// "by 8 inches" is a measure, not an agent.
		expect(
			claim('The roadway was lowered by 8 inches (20 cm) and other improvements were made.'),
		).toBeUndefined();
		// "It" and "the survey" leave the reader asking what.
		expect(
			claim(
				'It was owned by King County Metro and shared with Sound Transit through a joint-operating agreement signed in 2002.',
			),
		).toBeUndefined();
		expect(
			claim(
				'The survey was led by Chiamaka Okonkwo, who joined the staff in 1958 as its first Nigerian-born astronomer.',
			),
		).toBeUndefined();
		// A person's appositive is a job title.
		expect(
			claim(
				'Marjolein Dekker, a hydrologist at Delft University of Technology, said the design assumed a sea-level rise of 80 centimetres by 2100.',
				[],
				['Marjolein Dekker'],
			),
		).toBeUndefined();
		// "a small" is where the appositive's own comma cuts it.
		expect(
			claim(
				'The Mars Helicopter, a small, autonomous rotorcraft, will travel with the agency’s Mars 2020 rover mission.',
			),
		).toBeUndefined();
		expect(
			claim(
				'“The government thinks that by threatening me and bashing me they can silence me,” Dr Maathai said.',
			),
		).toBeUndefined();
	});
});

describe('evidence options', () => {
	const opposed =
		"Dr Maathai's project was opposed by the Kenyan government during Daniel arap Moi's rule, and Dr Maathai's demonstrations to protect the forests often met with violent resistance; eventually, she was jailed.";

	it('cuts the key after the clause that states the claim', () => {
		expect(keySentence(opposed, opposed.indexOf(' during') + 1)).toBe(
			"Dr Maathai's project was opposed by the Kenyan government during Daniel arap Moi's rule…",
		);
	});

	it('cuts a distractor near the key’s length, never to its lead phrase', () => {
		const navies =
			'In a symbolic show of force and unity, Russian and Chinese navies conducted joint patrols and exercises in the Pacific Ocean just hours before their leaders’ meeting, according to Russia’s Ministry of Defense.';
		expect(besideSentence(navies, 8)).toBe(
			'In a symbolic show of force and unity, Russian and Chinese navies conducted joint patrols and exercises in the Pacific Ocean just hours before their leaders’ meeting…',
		);
	});
});
