import { describe, expect, it } from 'vitest';
import { mainClause } from '../../../src/generate/read/main-clause.js';

/** The clause an option shows, or undefined when the sentence gives none. */
const optionOf = (sentence: string) => mainClause(sentence)?.text;

describe('a sentence cut to its main clause', () => {
	it('drops the clause before the main one and the asides after it', () => {
		expect(
			optionOf(
				'Though proposals for a rapid transit tunnel under 3rd Avenue were introduced in the 1910s and 1920s, planning for the modern bus and rail Metro Bus Tunnel only began in 1974.',
			),
		).toBe('Planning for the modern bus and rail Metro Bus Tunnel only began in 1974.');
		expect(
			optionOf(
				'The tunnel between Convention Place and Westlake stations was built using the cut-and-cover method, closing Pine Street for 19 months and disrupting access to the retail core.',
			),
		).toBe(
			'The tunnel between Convention Place and Westlake stations was built using the cut-and-cover method.',
		);
		// Kept whole when nothing can go.
		expect(
			optionOf('In 1997 Dr Maathai ran for president on the Liberal Party of Kenya ticket.'),
		).toBe('In 1997 Dr Maathai ran for president on the Liberal Party of Kenya ticket.');
	});

	it('drops a dateline, a date before the comma and brackets, and says where the clause stands', () => {
		const sentence =
			'OSLO — The 2004 Nobel Peace Prize was awarded today to Dr Wangari Maathai from Kenya.';
		const clause = mainClause(sentence);
		expect(clause?.text).toBe(
			'The 2004 Nobel Peace Prize was awarded today to Dr Wangari Maathai from Kenya.',
		);
		expect(sentence.slice(clause?.start, clause?.end)).toBe(
			'The 2004 Nobel Peace Prize was awarded today to Dr Wangari Maathai from Kenya',
		);
		expect(
			optionOf(
				'On March 23, 2019, bus service in the tunnel ceased and its remaining seven routes were moved to surface streets.',
			),
		).toBe(
			'Bus service in the tunnel ceased and its remaining seven routes were moved to surface streets.',
		);
		expect(
			optionOf(
				'The Downtown Seattle Transit Tunnel (DSTT), also referred to as the Metro Bus Tunnel, is a 1.3-mile-long (2.1 km) pair of public transit tunnels in Seattle, Washington, United States.',
			),
		).toBe(
			'The Downtown Seattle Transit Tunnel is a 1.3-mile-long pair of public transit tunnels in Seattle, Washington, United States.',
		);
	});

	it('does not cut inside the subject: a clause without its verb is no statement', () => {
		const option = optionOf(
			'A range of recent labor market indicators, including ongoing job gains and declining unemployment, shows further improvement and confirms that underutilization of labor resources has diminished appreciably since early this year.',
		);
		expect(option).not.toBe('A range of recent labor market indicators.');
	});

	it('gives none for a fragment, a lone "she", a first person or a dash left inside', () => {
		// "For seven years she was …": the phrase holds a clause and "she" names no one.
		expect(
			optionOf(
				'For seven years she was the director of the Red Cross in Kenya, and is most known for founding the Green Belt Movement — a non-governmental organization dedicated to environmental conservation and protecting forests.',
			),
		).toBeUndefined();
		expect(
			optionOf(
				"In 2002 — after Moi's Kenya African National Union party lost the presidential race — she was elected to Parliament, and was appointed deputy minister of environment for the new government the next year.",
			),
		).toBeUndefined();
		expect(
			optionOf(
				"And if we can't protect our own species, what's the point of protecting tree species?\"",
			),
		).toBeUndefined();
		// "this electricity" was named in the sentence before.
		expect(
			optionOf(
				'The invention of the three-phase current by Russian engineer Mikhail Dolivo-Dobrovolsky in 1889 made transmission of this electricity over long distances achievable.',
			),
		).toBeUndefined();
		// "this year" points at the article's date, not back at a sentence.
		expect(
			optionOf(
				'Putin last met with Xi during a visit to the Chinese capital for its Winter Olympics in February this year.',
			),
		).toBe(
			'Putin last met with Xi during a visit to the Chinese capital for its Winter Olympics in February this year.',
		);
		// A name before the pronoun is its antecedent (and "Xi visited Kazakhstan" is too short to cut to).
		expect(
			optionOf(
				'Before arriving at the summit, Xi visited Kazakhstan, where he unveiled in 2013 his flagship Belt and Road Initiative, a massive infrastructure project that stretches from East Asia to Europe.',
			),
		).toMatch(/^Xi visited Kazakhstan, where he unveiled in 2013 .* to Europe\.$/);
	});
});
