import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyAnswer, newSession } from '../../src/store/changes.js';
import { profileDataSchema } from '../../src/store/schema.js';
import { emptyProfileData, historyCap } from '../../src/store/schema-base.js';

const answers = fc.array(
	fc.record({
		questionId: fc.constantFrom('q-1', 'q-2', 'q-3'),
		answer: fc.string(),
		correct: fc.boolean(),
		ms: fc.option(fc.nat(), { nil: undefined }),
	}),
	{ maxLength: 160 },
);

describe('applyAnswer', () => {
	test('counts, caps history and scores the session, for any sequence of answers', () => {
		fc.assert(
			fc.property(answers, (given) => {
				const profile = emptyProfileData();
				const started = newSession('s', { bank: 'b', mode: 'practice', questionIds: [] }, 'T');
				profile.sessions.push(started);
				given.forEach((input, i) => {
					applyAnswer(profile, 's', { ...input, bank: 'b' }, `t${i}`);
				});
				const [session] = profile.sessions;
				if (!session) throw new Error('the session went missing');
				// Records are replaced, never changed: the session as started stays empty.
				expect(started.answers).toEqual([]);
				for (const [id, record] of Object.entries(profile.questions)) {
					const mine = given.filter((input) => input.questionId === id);
					expect(record.attempts).toBe(mine.length);
					expect(record.correct).toBe(mine.filter((input) => input.correct).length);
					expect(record.history.map((entry) => entry.answer)).toEqual(
						mine.slice(-historyCap).map((input) => input.answer),
					);
					expect(record.lastAnswer).toBe(mine.at(-1)?.answer);
				}
				expect(session.answers.map((entry) => entry.id)).toEqual(given.map((g) => g.questionId));
				expect(session.score).toBe(given.filter((input) => input.correct).length);
			}),
		);
	});

	test('leaves ms and hinted out of history when not given', () => {
		const profile = emptyProfileData();
		const at = '2024-05-01T10:00:00.000Z';
		applyAnswer(
			profile,
			undefined,
			{ questionId: 'q-1', bank: 'b', answer: 'a', correct: true },
			at,
		);
		expect(profile.questions['q-1']?.history).toEqual([{ at, correct: true, answer: 'a' }]);
		expect(profileDataSchema.safeParse(profile).success).toBe(true);
	});
});
