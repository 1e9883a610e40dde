// Causes found from their markers, and effects asked as "why" questions, on real sentences.
import { describe, expect, it } from 'vitest';
import { hasTwoClauses, whyQuestion } from '../../../src/generate/candidates/why-question.js';
import { causeOf, findCauseLink } from '../../../src/generate/facts/causes.js';

const sentence = (text: string) => ({ index: 0, line: 1, start: 0, end: text.length, text });
const link = (text: string) => findCauseLink(sentence(text));
/** Capitalised words an article also writes in lower case. */
const common = new Set(['inflation', 'new', 'household']);
const why = (effect: string) => whyQuestion(effect, (word) => common.has(word.toLowerCase()));

describe('findCauseLink', () => {
	it('finds a reason after its effect, cut at the end of its phrase', () => {
		expect(
			link(
				"Inflation has continued to run below the Committee's 2 percent longer-run objective, partly reflecting declines in energy prices and in prices of non-energy imports.",
			),
		).toMatchObject({
			form: 'reason',
			marker: 'partly reflecting',
			effect: "Inflation has continued to run below the Committee's 2 percent longer-run objective",
			cause: 'declines in energy prices and in prices of non-energy imports',
		});
	});

	it('finds a reason that opens the sentence, and the main clause after the lead commas', () => {
		expect(
			link(
				'Given the economic outlook, and recognizing the time it takes for policy actions to affect future economic outcomes, the Committee decided to raise the target range for the federal funds rate to 1/4 to 1/2 percent.',
			),
		).toMatchObject({
			form: 'reason',
			cause: 'the economic outlook',
			effect:
				'the Committee decided to raise the target range for the federal funds rate to 1/4 to 1/2 percent.',
		});
	});

	it('finds a purpose after a passive verb and after a comma, a date’s comma kept', () => {
		expect(
			link(
				'A stub tunnel, branching from the main tunnel, was constructed under Pine Street to allow light rail trains to stop and reverse direction; it was later used as the first segment of a light rail extension.',
			),
		).toMatchObject({
			form: 'purpose',
			cause: 'to allow light rail trains to stop and reverse direction',
		});
		const closed = causeOf(
			sentence(
				'Convention Place station was closed permanently on July 21, 2018, to make way for an expansion of the Washington State Convention Center that would also restrict bus access to the tunnel.',
			),
		);
		expect(closed?.link.effect).toBe(
			'Convention Place station was closed permanently on July 21, 2018',
		);
		// The reason stops before its relative clause.
		expect(closed?.text).toBe(
			'to make way for an expansion of the Washington State Convention Center',
		);
	});

	it('takes no time phrase, schedule or direction for a cause', () => {
		expect(
			link(
				'Since its founding in 1997, the organization claims to have planted over 30 million trees.',
			),
		).toBeUndefined();
		expect(
			link(
				'A second barrier, on the Hollandse IJssel, is due to be completed in 2031 — if the next government keeps the money in the budget.',
			),
		).toBeUndefined();
		expect(
			link(
				'On March 23, 2019, bus service in the tunnel ceased and its remaining seven routes were moved to surface streets.',
			),
		).toBeUndefined();
		expect(
			link('Inflation is expected to rise to 2 percent over the medium term.'),
		).toBeUndefined();
	});

	it('finds a cause that acts on a noun phrase, and none across a list of adjectives', () => {
		// The article's sentence, its list of adjectives ("light, corrosion-resistant") left out.
		expect(
			link(
				'The introduction of the Hall–Héroult process led to extensive use of the metal in industry and everyday life.',
			),
		).toMatchObject({
			form: 'reason',
			marker: 'led to',
			isPhrase: true,
			cause: 'The introduction of the Hall–Héroult process',
			effect: 'extensive use of the metal in industry and everyday life',
		});
		expect(
			link(
				'The introduction of these methods for the mass production of aluminium led to extensive use of the light, corrosion-resistant metal in industry and everyday life.',
			),
		).toBeUndefined();
	});

	it('finds the clause before “so” as the reason, and asks nothing of a conditional', () => {
		const stops = link(
			"Service stops around 12:30AM, so if your flight arrives after this you'll be taking a cab.",
		);
		expect(stops).toMatchObject({ form: 'clause', cause: 'Service stops around 12:30AM' });
		expect(why(stops?.effect ?? '')).toBeUndefined();
		// A reason of two clauses, and one with a comma, are not clear.
		expect(
			link(
				'In March 2019, the airport said that it is planning to move all pickups and drop offs to the ground floor of the Central Garage, so check before you depart.',
			),
		).toBeUndefined();
	});

	it('takes no reason that may be a relative clause’s', () => {
		// The article's sentence with a reason added after its relative clause.
		expect(
			link(
				'They appointed him as the director of a smelter in Isère, which produced aluminium bronze on a large scale at first because of its patents.',
			),
		).toBeUndefined();
	});

	it('leaves a speaker’s reasons alone', () => {
		expect(
			link(
				'Dr Maathai told the UNESCO Courier in 1999, "If you want to save the environment, you should protect the people first, because human beings are part of biological diversity.',
			),
		).toBeUndefined();
	});
});

describe('whyQuestion', () => {
	it('moves the auxiliary or copula before the subject', () => {
		expect(
			why("Inflation has continued to run below the Committee's 2 percent longer-run objective"),
		).toBe(
			"Why has inflation continued to run below the Committee's 2 percent longer-run objective?",
		);
		expect(why('Convention Place station was closed permanently on July 21, 2018')).toBe(
			'Why was Convention Place station closed permanently on July 21, 2018?',
		);
	});

	it('puts “did”, “does” or “do” before the subject and the verb in its plain form', () => {
		expect(why('the Committee decided to raise the target range for the federal funds rate.')).toBe(
			'Why did the Committee decide to raise the target range for the federal funds rate?',
		);
		expect(why('The GBM organises rural women in Kenya')).toBe(
			'Why does the GBM organise rural women in Kenya?',
		);
	});

	it('drops an appositive, a trailing phrase and a reporting frame', () => {
		expect(
			why(
				'The Mars Helicopter, a small, autonomous rotorcraft, will travel with the Mars 2020 rover mission, currently scheduled to launch in July 2020',
			),
		).toBe('Why will the Mars Helicopter travel with the Mars 2020 rover mission?');
		expect(
			why(
				'Transport Minister Joost Vermeulen said the government had paid €300 million more than the original budget',
			),
		).toBe('Why had the government paid €300 million more than the original budget?');
	});

	it('skips a participle that only modifies the subject', () => {
		expect(
			why(
				'NASA’s Launch Services Program, based at the agency’s Kennedy Space Center in Florida, is responsible for launch management',
			),
		).toBe('Why is NASA’s Launch Services Program responsible for launch management?');
	});

	it('takes the verb after a participle inside the subject', () => {
		expect(
			why('Household spending and business fixed investment have been increasing at solid rates'),
		).toBe(
			'Why have household spending and business fixed investment been increasing at solid rates?',
		);
	});

	it('asks nothing of a subject the reader cannot place', () => {
		expect(
			why('The two authoritarian leaders have emerged as close partners in recent years'),
		).toBeUndefined();
		expect(why('She was quite composed')).toBeUndefined();
	});
});

describe('hasTwoClauses', () => {
	it('finds two clauses joined by “and”, each with its own verb', () => {
		expect(
			hasTwoClauses('The roadway was lowered by 8 inches (20 cm) and other improvements were made'),
		).toBe(true);
	});

	it('takes subjects joined by “and” for one clause', () => {
		expect(
			hasTwoClauses(
				'Household spending and business fixed investment have been increasing at solid rates',
			),
		).toBe(false);
	});
});
