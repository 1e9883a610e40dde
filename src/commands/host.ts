import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import {
	defaultCsvName,
	formatSavedResults,
	type ResultTarget,
	type SavedResults,
	saveClassResults,
	shortPath,
} from '../class/save-results.js';
import { selectQuestions } from '../core/select.js';
import { unwritableFolder } from '../files/folders.js';
import type { LoadedBank } from '../files/load-result.js';
import { pathExists } from '../files/path-exists.js';
import { displayHost } from '../live/address.js';
import { ClassSession } from '../live/class-session.js';
import { type ClassState, createClassState } from '../live/class-state.js';
import { formatJoinCode, joinCodeFrom } from '../live/identity.js';
import { describeGuard } from '../live/join-guard.js';
import { LiveServer } from '../live/server.js';
import { type CommandContext, commandContext } from './context.js';
import { type CommandIo, exitCode } from './io.js';
import { reportIssues } from './report-issues.js';

export type HostOptions = {
	readonly count: number;
	readonly seed?: string;
	readonly tags?: readonly string[];
	/** Seconds per question. */
	readonly timer: number;
	readonly port: number;
	readonly bind: string;
	readonly speedBonus?: boolean;
	/** Projector mode: no network. */
	readonly local?: boolean;
	/** The results CSV (default: quizline-class-<date>-<time>.csv here). */
	readonly out?: string;
	/** Replace the `--out` file if it exists (without it, an existing file is refused). */
	readonly force?: boolean;
};

/** Explains why hosting needs a terminal. */
export const hostNotATerminalMessage = `quizline host needs an interactive terminal (stdin and stdout must be a TTY): it shows the class screen.
Run it in a terminal window; a results file can be read later with: quizline report FILE.csv
`;

/** What a session starts from once every check before the screen has passed. */
type HostPlan = {
	readonly loaded: LoadedBank;
	readonly session: ClassSession;
	readonly code: string;
	readonly target: ResultTarget;
};

/** `quizline host [BANK]`: a live class quiz (or projector mode). Exit 0, 2 bad input, 130 Ctrl+C. */
export async function hostCommand(
	bankFile: string | undefined,
	options: HostOptions,
	io: CommandIo,
): Promise<number> {
	const context = commandContext(io);
	const plan = await prepareHost(bankFile, options, context);
	if (typeof plan === 'number') return plan;
	let server: LiveServer | undefined;
	if (options.local !== true) {
		try {
			server = await LiveServer.start({
				session: plan.session,
				host: options.bind,
				port: options.port,
			});
		} catch (error) {
			io.stderr.write(
				`cannot listen on ${options.bind}:${options.port}: ${listenProblem(error)}\n`,
			);
			return exitCode.badInput;
		}
	}
	try {
		return await runHostScreen(plan, server, options, context);
	} finally {
		plan.session.close();
		await server?.close();
	}
}

/** The bank, the questions, the results file and the store, or the exit code of a refusal. */
async function prepareHost(
	bankFile: string | undefined,
	options: HostOptions,
	context: CommandContext,
): Promise<HostPlan | number> {
	const { io } = context;
	if (!context.isTerminal) {
		io.stderr.write(hostNotATerminalMessage);
		return exitCode.badInput;
	}
	const loaded = await context.loadBank(bankFile);
	if (!loaded.ok) return reportIssues(loaded.issues, io);
	const seed = options.seed ?? randomBytes(3).toString('hex');
	const items = selectQuestions(loaded.bank.questions, {
		seed,
		count: options.count,
		tags: options.tags ?? [],
	});
	if (items.length === 0) {
		io.stderr.write(`${loaded.file}: no question has the tags ${options.tags?.join(', ')}\n`);
		return exitCode.badInput;
	}
	const started = new Date();
	const csvPath = path.resolve(io.cwd, options.out ?? defaultCsvName(started));
	const folderProblem = unwritableFolder(csvPath);
	if (folderProblem) {
		io.stderr.write(`--out ${options.out}: ${folderProblem}\n`);
		return exitCode.badInput;
	}
	// A file named on purpose is not silently written beside; the default name finds a free one.
	const replace = options.out !== undefined && options.force === true;
	if (options.out !== undefined && !replace && pathExists(csvPath)) {
		io.stderr.write(
			`--out ${options.out}: the file exists: choose another name, or add --force to replace it\n`,
		);
		return exitCode.badInput;
	}
	const opened = await context.openStore({ forWriting: true });
	if (!opened.ok) {
		io.stderr.write(`${opened.message}\n`);
		return exitCode.badInput;
	}
	const code = joinCodeFrom(randomBytes(8));
	const settings = {
		code,
		timeLimitMs: options.timer * 1000,
		speedBonus: options.speedBonus === true,
		isLocal: options.local === true,
	};
	const session = new ClassSession(createClassState(items, settings, started.getTime()));
	const target = { store: opened.store, bank: loaded.key, seed, csvPath, replace };
	return { loaded, session, code, target };
}

/** Shows the host screen until the session ends, saving its results once; the exit code. */
async function runHostScreen(
	plan: HostPlan,
	server: LiveServer | undefined,
	options: HostOptions,
	context: CommandContext,
): Promise<number> {
	const { io } = context;
	const { session } = plan;
	let saved: SavedResults | undefined;
	const finish = (state: ClassState): string | undefined => {
		if (saved || state.revealed === 0) return undefined;
		saved = saveClassResults(state, plan.target);
		return saved.csvPath ? shortPath(saved.csvPath, io.cwd) : 'in the score store';
	};
	// A closed terminal window (SIGHUP), a kill (SIGTERM) or an interrupt sent from outside the
	// terminal (SIGINT; in it, Ctrl+C is a key) still ends the session and saves. The bank was
	// loaded before: nothing long runs on the main thread from here on, so the handler runs.
	const onSignal = () => {
		session.dispatch({ type: 'end', at: session.now() });
		finish(session.getState());
		process.exit(exitCode.interrupted);
	};
	process.once('SIGHUP', onSignal);
	process.once('SIGTERM', onSignal);
	process.once('SIGINT', onSignal);
	const { color } = context;
	if (!color) process.env.FORCE_COLOR = '0';
	const shownCode = formatJoinCode(plan.code);
	const join = server
		? {
				code: shownCode,
				command: `quizline join ${displayHost(options.bind, os.networkInterfaces())}:${server.port} --code ${shownCode} --name YOUR-NAME`,
			}
		: undefined;
	try {
		const { runHost } = await import('../ui/live/run-host.js');
		const title = plan.loaded.bank.article.title;
		const how = await runHost({ session, title, join, color, onEnd: finish });
		if (saved) io.stdout.write(formatSavedResults(saved, context.style, io.cwd));
		else io.stdout.write('No question was revealed: nothing to save.\n');
		const guard = describeGuard(session.getState().guard);
		if (guard) io.stdout.write(`Join guard: ${guard}\n`);
		return how === 'interrupted' ? exitCode.interrupted : exitCode.ok;
	} finally {
		process.off('SIGHUP', onSignal);
		process.off('SIGTERM', onSignal);
		process.off('SIGINT', onSignal);
	}
}

function listenProblem(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EADDRINUSE') return 'the port is in use (choose another with --port)';
	if (code === 'EADDRNOTAVAIL') return 'this machine has no such address (see --bind)';
	if (code === 'EACCES') return 'not allowed (ports below 1024 need privileges)';
	return (error as Error).message;
}
