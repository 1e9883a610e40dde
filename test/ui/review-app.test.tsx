import path from 'node:path';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { openReviewBank } from '../../src/commands/review/review-bank.js';
import { parseArticle } from '../../src/core/article.js';
import { type ReviewState, startReview } from '../../src/core/review/review-state.js';
import { ReviewApp } from '../../src/ui/review/review-app.js';
import type { ReviewExit } from '../../src/ui/review/review-runner.js';
import { createTheme } from '../../src/ui/theme.js';
import { ThemeContext } from '../../src/ui/theme-context.js';
import { flat, press, waitFor } from './helpers.js';
import { reviewArticle, reviewBank, reviewFolder } from './review-fixture.js';

afterEach(cleanup);

const queue = ['fill-rome-1', 'pick-six-2', 'true-false-barrier-3', 'curated-hour'];

function renderReview(initial: ReviewState = startReview(queue), refreshMs = 60_000) {
	const folder = reviewFolder();
	const opened = openReviewBank(folder.file, 'bank.yaml', parseArticle(reviewArticle));
	if (!opened.ok) throw new Error('the fixture bank does not open');
	const saved: ReviewState[] = [];
	const exits: ReviewExit[] = [];
	const ui = render(
		<ThemeContext.Provider value={createTheme(false)}>
			<ReviewApp
				source={{ ...opened.bank, saveProgress: (state) => saved.push(state) }}
				initial={initial}
				findings={() => []}
				onExit={(exit) => exits.push(exit)}
				refreshMs={refreshMs}
			/>
		</ThemeContext.Provider>,
	);
	const screen = () => flat(ui.lastFrame());
	return { ui, folder, saved, exits, screen };
}

describe('the review screen', () => {
	it('shows the question as a learner sees it, its key, forms, quote in its paragraph and findings', () => {
		const { screen } = renderReview();
		expect(screen()).toContain('Review · bank.yaml · 1/4');
		expect(screen()).toContain('0 of 4 reviewed');
		expect(screen()).toContain('Where did Ana meet Bo?');
		expect(screen()).toContain('Key: Rome');
		expect(screen()).toContain('Accepted: in Rome');
		expect(screen()).toContain('Article, line 1 of 4:');
		// The quote marked in its paragraph, the span in it marked again (no colour: brackets).
		expect(screen()).toContain('[Ana met Bo in «Rome»]');
		expect(screen()).toContain('about the harbour.');
		expect(screen()).toContain('Line 1 says they met in Rome.');
		expect(screen()).toContain('Findings: none');
		expect(screen()).toContain('a approve · r reject · e edit · f fix here · s skip · u undo');
	});

	it('approves: the question turns curated in the file at once, one word changed', async () => {
		const { ui, folder, screen, saved } = renderReview();
		await press(ui, 'a');
		await waitFor(() => expect(screen()).toContain('1 of 4 reviewed'));
		expect(screen()).toContain('When did the last ferry sail?');
		const at = reviewBank.indexOf('origin: generated');
		expect(folder.read()).toBe(
			`${reviewBank.slice(0, at)}origin: curated${reviewBank.slice(at + 17)}`,
		);
		expect(saved.at(-1)?.decisions).toEqual({ 'fill-rome-1': 'approved' });
	});

	it('rejects: gone from the file, listed under rejected:, and undo gives back every byte', async () => {
		const { ui, folder, screen } = renderReview();
		await press(ui, 'n');
		await waitFor(() => expect(screen()).toContain('When did the last ferry sail?'));
		await press(ui, 'r');
		await waitFor(() => expect(screen()).toContain('1 of 4 reviewed, 1 rejected'));
		expect(folder.read()).not.toContain('pick-six-2\n    type');
		expect(folder.read()).toMatch(/rejected:\n {2}- pick-at-six-[a-z0-9]+\n$/);
		expect(folder.read()).toContain('# ── Line 2 ──\n  - id: true-false-barrier-3');
		await press(ui, 'u');
		await waitFor(() => expect(screen()).toContain('0 of 4 reviewed'));
		expect(screen()).toContain('When did the last ferry sail?');
		expect(folder.read()).toBe(reviewBank);
	});

	it('skips, goes back and forth, and shows a rejected one as rejected', async () => {
		const { ui, screen } = renderReview();
		await press(ui, 's');
		await waitFor(() => expect(screen()).toContain('2/4'));
		expect(screen()).toContain('0 of 4 reviewed');
		await press(ui, 'r');
		await waitFor(() => expect(screen()).toContain('1 rejected'));
		await press(ui, 'p');
		await waitFor(() => expect(screen()).toContain('2/4'));
		expect(screen()).toContain('was rejected (u undoes the last decision)');
		await press(ui, 'p');
		await waitFor(() =>
			expect(screen()).toContain('fill-rome-1 · short · recall · generated · skipped'),
		);
		await press(ui, '\u001B[C');
		await press(ui, '\u001B[C');
		await press(ui, '\u001B[C');
		await press(ui, '\u001B[C');
		await waitFor(() =>
			expect(screen()).toContain('Every question seen. 4 questions: 0 approved, 1 rejected'),
		);
	});

	it('lists its keys on ? and closes the list on Esc', async () => {
		const { ui, screen } = renderReview();
		await press(ui, '?');
		await waitFor(() => expect(screen()).toContain('▸ Reviewing a question'));
		expect(screen()).toContain('a approve (it becomes curated: generate keeps it)');
		expect(screen()).toContain('e edit its YAML in $VISUAL or $EDITOR');
		await press(ui, '\u001B');
		await waitFor(() => expect(screen()).toContain('Key: Rome'));
	});

	it('closes for the editor and for quit, with where the review is', async () => {
		const first = renderReview();
		await press(first.ui, 'e');
		await waitFor(() => expect(first.exits).toHaveLength(1));
		expect(first.exits[0]).toMatchObject({ kind: 'edit', id: 'fill-rome-1' });
		const second = renderReview();
		await press(second.ui, 'q');
		await waitFor(() => expect(second.exits[0]?.kind).toBe('quit'));
		expect(second.folder.read()).toBe(reviewBank);
	});

	it('does not write over a bank changed on disk: it reloads and says so', async () => {
		const { ui, folder, screen } = renderReview();
		const theirs = reviewBank.replace('# the end of the bank', '# someone else was here');
		const { writeFileSync } = await import('node:fs');
		writeFileSync(path.join(folder.dir, 'bank.yaml'), theirs);
		await press(ui, 'a');
		await waitFor(() => expect(screen()).toContain('changed on disk: reloaded; nothing written'));
		expect(folder.read()).toBe(theirs);
		expect(screen()).toContain('0 of 4 reviewed');
		await press(ui, 'a');
		await waitFor(() => expect(screen()).toContain('1 of 4 reviewed'));
		expect(folder.read()).toContain('# someone else was here');
		expect(folder.read()).toContain('origin: curated\n\n  # ── Line 2');
	});

	it('shows a change on disk by itself, without a key', async () => {
		const { folder, screen } = renderReview(startReview(queue), 20);
		const { writeFileSync } = await import('node:fs');
		writeFileSync(
			folder.file,
			reviewBank.replace('Line 1 says they met in Rome.', 'Rome, line 1.'),
		);
		await waitFor(() => expect(screen()).toContain('Rome, line 1.'));
		expect(screen()).toContain('bank.yaml changed on disk: reloaded');
	});

	it('fixes an accepted form on the screen: that scalar changes, the question turns curated', async () => {
		const { ui, folder, screen } = renderReview();
		await press(ui, 'f');
		await waitFor(() => expect(screen()).toContain('2 accepted: in Rome'));
		await press(ui, '2');
		await waitFor(() => expect(screen()).toContain('Fixing the accepted:'));
		for (const key of ['\u007F', '\u007F', '\u007F', '\u007F']) await press(ui, key);
		for (const key of 'the city, Rome') await press(ui, key);
		await press(ui, '\r');
		await waitFor(() => expect(screen()).toContain('1 of 4 reviewed'));
		expect(folder.read()).toBe(
			reviewBank
				.replace('accept: [in Rome]', 'accept: ["in the city, Rome"]')
				.replace('origin: generated', 'origin: curated'),
		);
		await press(ui, 'u');
		await waitFor(() => expect(screen()).toContain('0 of 4 reviewed'));
		expect(folder.read()).toBe(reviewBank);
		await press(ui, 'f');
		await press(ui, '1');
		await press(ui, '\u001B');
		await waitFor(() => expect(screen()).toContain('Key: Rome'));
		expect(folder.read()).toBe(reviewBank);
	});
});
