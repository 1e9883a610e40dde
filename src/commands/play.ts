import path from 'node:path';
import { isAssignmentText } from '../core/assignment/marker.js';
import type { Mode } from '../core/modes/mode.js';
import { keepCardsIn } from '../core/schedule.js';
import { filterQuestions, withTags } from '../core/select.js';
import { cacheDirectory } from '../files/bank-cache.js';
import { bundledBankPath } from '../files/bank-path.js';
import { type CardCacheFile, openCardCache } from '../files/card-cache.js';
import { inputLimit } from '../files/input-limit.js';
import { loadBankCached } from '../files/load-bank-cached.js';
import type { LoadedBank } from '../files/load-result.js';
import { readText } from '../files/read-text.js';
import { colorEnabled, createStyle } from '../format/style.js';
import type { ScoreStore } from '../store/score-store.js';
import { isInteractive } from './interactive.js';
import { type CommandIo, exitCode } from './io.js';
import { openStore, readWhole } from './open-store.js';
import { holdKeys } from './play/hold-keys.js';
import { createSaveQueue, flushOnSignals, saveBeforeExit } from './play/save-queue.js';
import { openStartCache, type StartCache } from './play/start-cache.js';
import { createStoreController, type PlanSettings } from './play/store-controller.js';
import { reportIssues } from './report-issues.js';

export type PlayOptions = {
	readonly profile: string;
	/** Which mode to run; the start screen when absent. */
	readonly mode?: Mode;
	readonly count?: number;
	readonly seed?: string;
	readonly tags?: readonly string[];
	/** Only questions that train one of these skills: the start screen and every mode see no other. */
	readonly skill?: readonly string[];
	/** Exam time limit, in minutes. */
	readonly time?: number;
	readonly retention?: number;
	readonly newPerDay?: number;
	/** Continue the last unfinished session. */
	readonly resume?: boolean;
	/** Which planning options were given on the command line (they conflict with --resume). */
	readonly given?: readonly string[];
	/** A quiz sheet (from assign): the student's name, written on the answers. */
	readonly name?: string;
	/** A quiz sheet: the answers file (default NAME.answers.yaml). */
	readonly out?: string;
	/** A quiz sheet: replace an answers file that has another name on it. */
	readonly force?: boolean;
	/** The clock, for tests. */
	readonly now?: () => Date;
};

/** Explains why the quiz needs a terminal and what scripts use instead. */
export const notATerminalMessage = `quizline play needs an interactive terminal (stdin and stdout must be a TTY, outside CI).
From a script, grade answers with:  quizline check ID ANSWER [--json]
Question ids are the "id:" fields of the bank (YAML).
`;

export { isInteractive } from './interactive.js';

/**
 * `quizline play [BANK]`: the trainer. Exit 0, 2 on bad input, an unusable store or answers
 * that could not be saved by the end (said in one line), 130 on Ctrl+C.
 */
export async function playCommand(
	bankFile: string | undefined,
	options: PlayOptions,
	io: CommandIo,
): Promise<number> {
	const release = isInteractive(io) ? holdKeys(io) : () => undefined;
	try {
		return await play(bankFile, options, io);
	} finally {
		release();
	}
}

async function play(
	bankFile: string | undefined,
	options: PlayOptions,
	io: CommandIo,
): Promise<number> {
	const quizSheet = bankFile === undefined ? undefined : readQuizSheet(bankFile, io);
	if (quizSheet !== undefined) {
		const { playAssignment } = await import('./play-assignment.js');
		return playAssignment(
			bankFile as string,
			quizSheet,
			{
				...options,
				isInteractive: isInteractive(io),
				notATerminal: notATerminalMessage,
			},
			io,
		);
	}
	const sheetOnly = (['name', 'out', 'force'] as const).filter((key) => options[key] !== undefined);
	if (sheetOnly.length > 0) {
		const flags = sheetOnly.map((key) => `--${key}`).join(', ');
		io.stderr.write(`${flags}: only for a quiz sheet written by quizline assign\n`);
		return exitCode.badInput;
	}
	if (!isInteractive(io)) {
		io.stderr.write(notATerminalMessage);
		return exitCode.badInput;
	}
	if (options.resume && options.given?.length) {
		const flags = options.given.map((name) => `--${name}`).join(', ');
		io.stderr.write(`--resume continues a session as it was planned; leave out ${flags}.\n`);
		return exitCode.badInput;
	}
	const whole = await loadBankCached(bankFile ?? bundledBankPath, io);
	if (!whole.ok) return reportIssues(whole.issues, io);
	const loaded = withSkills(whole, options.skill);
	if (loaded.bank.questions.length === 0) return unknownSkills(whole, options, io);
	if (withTags(loaded.bank.questions, options.tags).length === 0)
		return unknownTags(loaded, options, io);
	// The first frame of a store unchanged since a run kept its start part needs no more of it.
	const start = openStartCache(cacheDirectory(io.env), io.env, options.profile, loaded);
	// A store that cannot be read or written is said before the quiz, not met after the first answer.
	const opened = await openStore(io.env, (line) => io.stderr.write(`${line}\n`), {
		profile: options.profile,
		forWriting: true,
		quickChecks: true,
		isKnownGood: start.profile !== undefined,
	});
	if (!opened.ok) {
		io.stderr.write(`${opened.message}\n`);
		return exitCode.badInput;
	}
	const { store } = opened;
	// The cards of histories unchanged since the last run are read, not replayed again.
	const cards = openCardCache(cacheDirectory(io.env));
	keepCardsIn(cards);
	try {
		return await playWith({ store, loaded, cards, start }, options, io);
	} finally {
		cards.save();
		keepCardsIn(undefined);
	}
}

/** What a trainer run works with. */
type PlayParts = {
	readonly store: ScoreStore;
	readonly loaded: LoadedBank;
	readonly cards: CardCacheFile;
	readonly start: StartCache;
};

async function playWith(
	{ store, loaded, cards, start }: PlayParts,
	options: PlayOptions,
	io: CommandIo,
): Promise<number> {
	// Until the whole store is read, right after the first frame, the first frame reads the start
	// part kept for these bytes.
	let early = start.profile;
	const color = colorEnabled(io.stdout, io.env);
	const now = options.now ?? (() => new Date());
	// Writes that fail while the quiz runs wait here and are tried again after each answer.
	const saves = createSaveQueue((write) => store.whenFree(write));
	const { recorder, menu } = createStoreController({
		loaded,
		store,
		profile: options.profile,
		settings: planSettings(options),
		now,
		style: createStyle(color),
		saves,
		early: () => early,
	});
	// Ink's colour library reads FORCE_COLOR when first imported, and on its own turns colour off
	// whenever CI is set: make it follow our decision (NO_COLOR included) before that import.
	process.env.FORCE_COLOR = color ? (io.env.FORCE_COLOR ?? '1') : '0';
	// Load the UI before a session starts, so an exam's clock does not run while it loads.
	const { runTrainer } = await import('../ui/run-trainer.js');
	const begun = options.resume
		? menu.resume()
		: options.mode
			? menu.begin(options.mode)
			: undefined;
	if (begun && 'notice' in begun) {
		io.stdout.write(`${begun.notice}\n`);
		const lost = saveBeforeExit(saves);
		if (lost) io.stderr.write(`${lost}\n`);
		return options.resume ? exitCode.badInput : exitCode.ok;
	}
	const unhook = flushOnSignals(saves);
	const shown = begun ? { begun } : { start: menu.describe() };
	// Cards replayed for the first screen are kept now: a run may end in any way after it.
	cards.save();
	const afterFirstFrame = async () => {
		await readWhole(store);
		early = undefined;
		if (!start.profile) start.keep(() => store.profile(options.profile));
	};
	setTimeout(() => void afterFirstFrame(), 0);
	const reason = await runTrainer({
		title: loaded.bank.article.title,
		article: loaded.article,
		recorder,
		menu,
		color,
		now: () => now().getTime(),
		...shown,
	});
	const lost = saveBeforeExit(saves);
	unhook();
	// The next run of an unchanged store starts from what it holds now.
	if (!lost) start.keep(() => store.profile(options.profile));
	if (lost) io.stderr.write(`${lost}\n`);
	if (reason === 'interrupted') return exitCode.interrupted;
	return lost ? exitCode.badInput : exitCode.ok;
}

/** The text of a quiz sheet (a file with a top-level `assignment:`); undefined for a bank. */
function readQuizSheet(file: string, io: CommandIo): string | undefined {
	const text = readText(path.resolve(io.cwd, file), inputLimit(io.env));
	return typeof text === 'string' && isAssignmentText(text) ? text : undefined;
}

function planSettings(options: PlayOptions): PlanSettings {
	return {
		...(options.count === undefined ? {} : { count: options.count }),
		...(options.seed === undefined ? {} : { seed: options.seed }),
		...(options.tags === undefined ? {} : { tags: options.tags }),
		...(options.time === undefined ? {} : { examMinutes: options.time }),
		schedule: {
			...(options.retention === undefined ? {} : { retention: options.retention }),
			...(options.newPerDay === undefined ? {} : { newPerDay: options.newPerDay }),
		},
	};
}

/** The bank as a session sees it: only the questions that train one of `skills`, when given. */
function withSkills(loaded: LoadedBank, skills: readonly string[] | undefined): LoadedBank {
	if (!skills || skills.length === 0) return loaded;
	const questions = [...filterQuestions(loaded.bank.questions, { skills })];
	return { ...loaded, bank: { ...loaded.bank, questions } };
}

function unknownSkills(loaded: LoadedBank, options: PlayOptions, io: CommandIo): number {
	const skills = [...new Set(loaded.bank.questions.map((question) => question.skill))].sort();
	io.stderr.write(
		`${loaded.file}: no question trains ${options.skill?.join(', ')} (skills in this bank: ${skills.join(', ')})\n`,
	);
	return exitCode.badInput;
}

function unknownTags(loaded: LoadedBank, options: PlayOptions, io: CommandIo): number {
	const tags = [...new Set(loaded.bank.questions.flatMap((question) => question.tags))].sort();
	io.stderr.write(
		`${loaded.file}: no question has the tags ${options.tags?.join(', ')} (tags in this bank: ${tags.join(', ')})\n`,
	);
	return exitCode.badInput;
}
