import path from 'node:path';
import type { Bank, Question } from '../core/bank/schema.js';
import type { Finding } from '../core/review/findings.js';
import { type ReviewFilter, reviewQueue, updatedQueue } from '../core/review/review-queue.js';
import {
	currentId,
	type Decision,
	type ReviewState,
	reviewCounts,
	reviewStep,
	startReview,
} from '../core/review/review-state.js';
import { bundledBankPath, loadBank } from '../files/load-bank.js';
import {
	readReviewProgress,
	removeReviewProgress,
	reviewProgressFile,
	writeReviewProgress,
} from '../files/review-progress.js';
import { reviewSummary } from '../format/review-text.js';
import { colorEnabled } from '../format/style.js';
import { isInteractive } from './interactive.js';
import { type CommandIo, exitCode } from './io.js';
import { holdKeys } from './play/hold-keys.js';
import { reportIssues } from './report-issues.js';
import { editQuestion } from './review/edit-question.js';
import { lintFindings } from './review/lint-findings.js';
import { openReviewBank, type ReviewBank } from './review/review-bank.js';

/** The options of `quizline review`, as commander parses them. */
export type ReviewOptions = {
	readonly all?: boolean;
	readonly generated?: boolean;
	readonly flagged?: boolean;
};

export const notATerminalReview = `quizline review needs an interactive terminal (stdin and stdout must be a TTY, outside CI).
To check a bank from a script: quizline validate BANK
`;

/**
 * `quizline review [BANK] [--all | --generated | --flagged]`: a teacher goes through the
 * questions one by one; every decision is in the bank file at once. Exit 0, 2 on bad input,
 * 130 on Ctrl+C (every decision made is saved).
 */
export async function reviewCommand(
	bankArg: string | undefined,
	options: ReviewOptions,
	io: CommandIo,
): Promise<number> {
	const chosen = (['all', 'generated', 'flagged'] as const).filter((name) => options[name]);
	if (chosen.length > 1) {
		io.stderr.write(
			`error: choose one of --all, --generated and --flagged (got ${chosen.map((name) => `--${name}`).join(', ')})\n`,
		);
		return exitCode.badInput;
	}
	const filter: ReviewFilter = chosen[0] ?? 'default';
	const given = bankArg ?? bundledBankPath;
	const loaded = loadBank(given, io.cwd, io.env);
	if (!loaded.ok) return reportIssues(loaded.issues, io);
	if (!isInteractive(io)) {
		io.stderr.write(notATerminalReview);
		return exitCode.badInput;
	}
	const file = path.resolve(io.cwd, given);
	const opened = openReviewBank(file, loaded.file, loaded.article);
	if (!opened.ok) return reportIssues(opened.issues, io);
	const progressFile = reviewProgressFile(file, io.env);
	// The findings are `quizline lint`'s, by the rules the generator's filter uses.
	const findings = await lintFindings(
		opened.bank.bank(),
		loaded.article.text,
		() => opened.bank.text(),
		io,
	);
	const state = resumed(opened.bank, filter, readReviewProgress(progressFile, file), findings);
	if (state.queue.length === 0) {
		io.stdout.write(`${loaded.file}: ${nothingToReview[filter]}\n`);
		return exitCode.ok;
	}
	const { runReview } = await import('../ui/run-review.js');
	return reviewLoop(
		state,
		opened.bank,
		{ filter, file, shown: loaded.file, progressFile, findings },
		runReview,
		io,
	);
}

/** Where the review runs: its filter, the bank's path and name, its progress file. */
type ReviewPlace = {
	readonly filter: ReviewFilter;
	readonly file: string;
	readonly shown: string;
	readonly progressFile: string;
	readonly findings: Findings;
};

/** The findings of a question in a version of its bank. */
type Findings = (question: Question, bank: Bank) => readonly Finding[];

/** The screen, closed for each edit and opened again after it, until the teacher stops. */
async function reviewLoop(
	first: ReviewState,
	bank: ReviewBank,
	place: ReviewPlace,
	runReview: typeof import('../ui/run-review.js').runReview,
	io: CommandIo,
): Promise<number> {
	const { filter, file, progressFile } = place;
	const saveProgress = (state: ReviewState) => {
		const at = currentId(state);
		writeReviewProgress(progressFile, {
			file,
			filter,
			queue: state.queue,
			decisions: state.decisions,
			...(at === undefined ? {} : { at }),
		});
	};
	let state = first;
	// Keys typed while the screen loads wait for it instead of echoing.
	const release = holdKeys(io);
	try {
		return await runUntilDone();
	} finally {
		release();
	}
	async function runUntilDone(): Promise<number> {
		for (;;) {
			const exit = await runReview({
				source: { ...bank, saveProgress },
				initial: state,
				findings: place.findings,
				color: colorEnabled(io.stdout, io.env),
			});
			state = exit.state;
			if (exit.kind !== 'edit') {
				saveProgress(state);
				return finish(state, exit.kind === 'interrupt', place.shown, progressFile, io);
			}
			const outcome = editQuestion(bank, exit.id, io);
			state = reviewStep(state, outcome).state;
			saveProgress(state);
			// The editor's screen is gone; the review is drawn afresh from the top.
			io.stdout.write('\u001B[2J\u001B[H');
		}
	}
}

/** What a review with no question to show says, by what it was asked to show. */
const nothingToReview: Record<ReviewFilter, string> = {
	default: 'no questions to review',
	all: 'no questions to review',
	generated: 'no generated questions to review (every question is curated; --all shows them)',
	flagged: 'no question has findings (--all shows every question)',
};

/** The review to show: where the last one of this bank stopped, or a new one. */
function resumed(
	bank: ReviewBank,
	filter: ReviewFilter,
	saved: ReturnType<typeof readReviewProgress>,
	findings: Findings,
): ReviewState {
	const current = bank.bank();
	const fresh = reviewQueue(current, filter, (question) => findings(question, current).length > 0);
	if (!saved || saved.filter !== filter) return startReview(fresh);
	const decisions = saved.decisions as Record<string, Decision>;
	const queue = updatedQueue(saved.queue, fresh, (id) => decisions[id] === 'rejected');
	const kept = Object.fromEntries(Object.entries(decisions).filter(([id]) => queue.includes(id)));
	const at =
		saved.at === undefined
			? queue.findIndex((id) => kept[id] === undefined)
			: queue.indexOf(saved.at);
	// A review that ended with nothing new to see starts again.
	return at < 0 ? startReview(fresh) : startReview(queue, kept, at);
}

function finish(
	state: ReviewState,
	interrupted: boolean,
	shown: string,
	progressFile: string,
	io: CommandIo,
): number {
	const counts = reviewCounts(state);
	const isDone = currentId(state) === undefined;
	if (isDone) removeReviewProgress(progressFile);
	const next = isDone ? '' : `; quizline review ${shown} goes on from here`;
	io.stdout.write(`${shown}: ${reviewSummary(counts)}${next}\n`);
	return interrupted ? exitCode.interrupted : exitCode.ok;
}
