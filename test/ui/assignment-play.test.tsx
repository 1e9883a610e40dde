import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	type PreparedAssignment,
	prepareAssignment,
} from '../../src/commands/play/prepare-assignment.js';
import { freezeAssignment } from '../../src/core/assignment/assignment.js';
import { formatAssignment } from '../../src/core/assignment/parse.js';
import { gradeSheetFiles } from '../../src/files/grade-sheet-files.js';
import { formatGradeRun } from '../../src/format/sheet-text.js';
import { createStyle } from '../../src/format/style.js';
import { TrainerApp } from '../../src/ui/app.js';
import type { EndReason } from '../../src/ui/app-state.js';
import { createTheme } from '../../src/ui/theme.js';
import { ThemeContext } from '../../src/ui/theme-context.js';
import { useTempDir } from '../store/helpers.js';
import {
	answer,
	bundledBank,
	flat,
	keys,
	manualClock,
	press,
	questionOnScreen,
	waitFor,
} from './helpers.js';

afterEach(() => cleanup());

const { questions } = bundledBank().bank;

function io(cwd: string) {
	const stderr: string[] = [];
	return {
		stderr,
		io: {
			stdout: { write: () => true },
			stderr: { write: (text: string) => stderr.push(text) },
			stdin: new PassThrough(),
			env: { QUIZLINE_STORE_DIR: process.env.QUIZLINE_STORE_DIR },
			cwd,
		},
	};
}

/** A quiz sheet of `count` questions of the bundled bank, frozen with `seed`. */
const freeze = (seed: string, count: number) =>
	freezeAssignment(questions, { bank: 'putin-xi-sco-2022', seed, count });

/** The trainer over a prepared quiz sheet, on the test's clock when given; and its exits. */
function renderSheet(prepared: PreparedAssignment, clock?: ReturnType<typeof manualClock>) {
	const exits: EndReason[] = [];
	const { out: _, saveProblem: __, ...trainer } = prepared;
	const ui = render(
		<ThemeContext.Provider value={createTheme(false)}>
			<TrainerApp
				{...trainer}
				{...(clock ? { now: clock.now } : {})}
				onExit={(reason) => exits.push(reason)}
			/>
		</ThemeContext.Provider>,
	);
	return { ui, exits };
}

describe('play QUIZ --name: a quiz sheet in the trainer', () => {
	const dir = useTempDir();

	it('asks the frozen questions in order, saves each answer at once, reviews at the end', async () => {
		const assignment = freeze('hw-3', 4);
		const text = formatAssignment(assignment);
		writeFileSync(path.join(dir(), 'quiz.yaml'), text);
		const clock = manualClock();
		const { io: commandIo, stderr } = io(dir());
		const options = {
			name: 'Ana Lima',
			out: 'ana.answers.yaml',
			isInteractive: true,
			notATerminal: '',
			now: clock.date,
		};
		const prepared = prepareAssignment('quiz.yaml', text, options, commandIo);
		if (typeof prepared === 'number') throw new Error(stderr.join(''));
		const file = path.join(dir(), 'ana.answers.yaml');
		const written = () => parse(readFileSync(file, 'utf8'));
		const frozen = assignment.assignment.questions;
		expect(written()).toEqual({
			student: 'Ana Lima',
			bank: 'quiz.yaml',
			answers: Object.fromEntries(frozen.map((q) => [q.id, null])),
		});

		const { ui, exits } = renderSheet(prepared, clock);
		for (const [index, frozenQuestion] of frozen.entries()) {
			await waitFor(() => expect(ui.lastFrame()).toContain(`Q ${index + 1}/4`));
			expect(questionOnScreen(ui, questions).id).toBe(frozenQuestion.id);
			const shown = [...(ui.lastFrame() ?? '').matchAll(/^[❯ ] \d\. (.+)$/gm)].map((m) =>
				m[1]?.trim(),
			);
			expect(shown).toEqual(frozenQuestion.options ?? []);
			clock.advance(5_000);
			await answer(ui, questions, index !== 1);
			// Nothing is revealed before the end; the answer is on the sheet already.
			if (index < frozen.length - 1) {
				await waitFor(() => expect(ui.lastFrame()).toContain(`Q ${index + 2}/4`));
				expect(ui.lastFrame()).not.toMatch(/Right|Wrong|Article, line|✓|✗/);
			}
			await waitFor(() => expect(written().answers[frozenQuestion.id]).not.toBeNull());
		}
		await waitFor(() => expect(flat(ui.lastFrame())).toContain('Exam complete'));
		expect(flat(ui.lastFrame())).toContain('Score: 3/4');
		await press(ui, keys.enter);
		await waitFor(() => expect(exits).toEqual(['completed']));

		const run = await gradeSheetFiles(
			['ana.answers.yaml'],
			{},
			{ ...commandIo, stdin: commandIo.stdin },
		);
		expect(run.issues).toEqual([]);
		expect(run.entries[0]?.graded.sheet.student).toBe('Ana Lima');
		expect(run.entries[0]?.graded.totals).toEqual({ questions: 4, right: 3, wrong: 1, missing: 0 });
	});

	it('Ctrl+C midway keeps the answers given, the rest blank', async () => {
		const assignment = freeze('hw-4', 3);
		const text = formatAssignment(assignment);
		const clock = manualClock();
		const { io: commandIo } = io(dir());
		const options = { name: 'Bo', isInteractive: true, notATerminal: '', now: clock.date };
		const prepared = prepareAssignment('quiz.yaml', text, options, commandIo);
		if (typeof prepared === 'number') throw new Error('not prepared');
		expect(prepared.out).toBe('Bo.answers.yaml');
		const { ui, exits } = renderSheet(prepared, clock);
		await waitFor(() => expect(ui.lastFrame()).toContain('Q 1/3'));
		const first = await answer(ui, questions, true);
		await waitFor(() => expect(ui.lastFrame()).toContain('Q 2/3'));
		await press(ui, keys.ctrlC);
		await waitFor(() => expect(exits).toEqual(['interrupted']));
		const sheet = parse(readFileSync(path.join(dir(), 'Bo.answers.yaml'), 'utf8'));
		const [, second, third] = assignment.assignment.questions;
		expect(sheet.answers).toEqual({
			[first.id]: expect.any(String),
			[second?.id ?? '']: null,
			[third?.id ?? '']: null,
		});
		// Stopped early, the sheet can be taken again: no right answer and no score is shown.
		const shown = flat(ui.lastFrame());
		expect(shown).toContain('Answered 1 of 3');
		expect(shown).not.toMatch(/Your answers:|answer: |Score:|score \d/);
		// Under the same name it is kept; a retake with --force is counted.
		const again = io(dir());
		expect(prepareAssignment('quiz.yaml', text, options, again.io)).toBe(2);
		expect(again.stderr.join('')).toBe(
			'Bo.answers.yaml already holds your answers: hand it in as it is (--force starts again and replaces them; the teacher sees how many times the sheet was started)\n',
		);
	});

	it('a retake with --force is counted on the answers, and grade says how often it was started', async () => {
		const text = formatAssignment(freeze('q', 2));
		writeFileSync(path.join(dir(), 'quiz.yaml'), text);
		const options = { name: 'Cy', isInteractive: true, notATerminal: '' };
		const prepared = prepareAssignment('quiz.yaml', text, options, io(dir()).io);
		if (typeof prepared === 'number') throw new Error('not prepared');
		const { ui, exits } = renderSheet(prepared);
		await waitFor(() => expect(ui.lastFrame()).toContain('Q 1/2'));
		await press(ui, keys.escape);
		await waitFor(() => expect(exits).toEqual(['quit']));
		expect(flat(ui.lastFrame())).not.toContain('Your answers:');
		expect(prepareAssignment('quiz.yaml', text, options, io(dir()).io)).toBe(2);
		const forced = { ...options, force: true };
		expect(prepareAssignment('quiz.yaml', text, forced, io(dir()).io)).not.toBe(2);
		const file = path.join(dir(), 'Cy.answers.yaml');
		expect(parse(readFileSync(file, 'utf8')).attempts).toBe(2);
		expect(prepareAssignment('quiz.yaml', text, forced, io(dir()).io)).not.toBe(2);
		expect(parse(readFileSync(file, 'utf8')).attempts).toBe(3);
		const { io: commandIo } = io(dir());
		const run = await gradeSheetFiles(['Cy.answers.yaml'], {}, commandIo);
		expect(run.issues).toEqual([]);
		expect(run.entries[0]?.graded.sheet.attempts).toBe(3);
		expect(formatGradeRun(run, createStyle(false))).toMatch(/Cy · bank \S+ · started 3 times/);
	});
});
