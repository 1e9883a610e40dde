// A story's told events: who did what in the narration, in the order told, never speech,
// states of mind, what had happened before, or a clause of time.
import { describe, expect, it } from 'vitest';
import { createNameClassifier } from '../../../src/generate/facts/classify-name.js';
import { findEntities } from '../../../src/generate/facts/entities.js';
import { subjectFinder } from '../../../src/generate/facts/event-subjects.js';
import { findToldEvents, spreadTold } from '../../../src/generate/facts/told-events.js';
import { segmentArticle } from '../../../src/generate/read/segment.js';

function toldIn(text: string) {
	const { sentences } = segmentArticle(text);
	const index = findEntities(sentences, createNameClassifier());
	return findToldEvents(sentences, index, subjectFinder(index));
}

describe('told events', () => {
	it('takes a named character’s action, and "he" after a clause that names him', () => {
		const events = toldIn(
			[
				'“Good evening,” Brantain said.',
				'“Good evening,” Harvy said.',
				'Brantain slowly arose; so did the girl arise, but quickly.',
				'Harvy was among the guests at the wedding; and he sought her out in a rare moment when she stood alone.',
			].join('\n'),
		);
		expect(events.map((event) => event.text)).toEqual([
			'Brantain slowly arose',
			'Harvy sought her out in a rare moment',
		]);
		const [, sought] = events;
		expect(sought?.date.text).toBe('he sought her out in a rare moment');
	});

	it('leaves out speech, states of mind, a past perfect and a clause of time', () => {
		const events = toldIn(
			[
				'“I believe,” stammered Brantain, “I see that I have stayed too long.”',
				'Brantain seemed extremely unhappy.',
				'For two weeks past Brantain had sought her society eagerly.',
				'He seemed to forget her; but when Brantain saw him there, nothing more was said.',
			].join('\n'),
		);
		expect(events).toEqual([]);
	});

	it('spreads three or four events over the story, no two within a line of each other', () => {
		const lines = [
			'“Good evening,” Brantain said.',
			'Brantain slowly arose.',
			'Brantain was clutching his hat with both hands.',
			'The rain went on.',
			'Brantain walked to the door.',
			'The clock struck.',
			'Brantain opened the door.',
		];
		const spread = spreadTold(toldIn(lines.join('\n')));
		expect(spread.map((event) => event.line)).toEqual([2, 5, 7]);
		expect(spreadTold(toldIn(lines.slice(0, 3).join('\n')))).toEqual([]);
	});
});
