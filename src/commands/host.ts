import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { selectQuestions } from '../core/select.js';
import { unwritableFolder } from '../files/folders.js';
import { displayHost } from '../live/address.js';
import { ClassSession } from '../live/class-session.js';
import { type ClassState, createClassState } from '../live/class-state.js';
import { formatJoinCode, joinCodeFrom } from '../live/identity.js';
import { describeGuard } from '../live/join-guard.js';
import { LiveServer } from '../live/server.js';
import {
	defaultCsvName,
	formatSavedResults,
	type SavedResults,
	saveClassResults,
	shortPath,
} from '../class/save-results.js';
import { commandContext } from './context.js';
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
};

/** Explains why hosting needs a terminal. */
export const hostNotATerminalMessage = `quizline host needs an interactive terminal (stdin and stdout must be a TTY): it shows the class screen.
Run it in a terminal window; a results file can be read later with: quizline report FILE.csv
`;

/** `quizline host [BANK]`: a live class quiz (or projector mode). Exit 0, 2 bad input, 130 Ctrl+C. */
export async function hostCommand(
	bankFile: string | undefined,
	options: HostOptions,
	io: CommandIo,
): Promise<number> {
	const context = commandContext(io);
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
	const opened = await context.openStore({ forWriting: true });
	if (!opened.ok) {
		io.stderr.write(`${opened.message}\n`);
		return exitCode.badInput;
	}
	const { store } = opened;
	const code = joinCodeFrom(randomBytes(8));
	const isLocal = options.local === true;
	const session = new ClassSession(
		createClassState(
			items,
			{ code, timeLimitMs: options.timer * 1000, speedBonus: options.speedBonus === true, isLocal },
			started.getTime(),
		),
	);
	let server: LiveServer | undefined;
	if (!isLocal) {
		try {
			server = await LiveServer.start({ session, host: options.bind, port: options.port });
		} catch (error) {
			io.stderr.write(
				`cannot listen on ${options.bind}:${options.port}: ${listenProblem(error)}\n`,
			);
			return exitCode.badInput;
		}
	}
	let saved: SavedResults | undefined;
	const finish = (state: ClassState): string | undefined => {
		if (saved || state.revealed === 0) return undefined;
		saved = saveClassResults(state, { store, bank: loaded.key, seed, csvPath });
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
	const shownCode = formatJoinCode(code);
	const join = server
		? {
				code: shownCode,
				command: `quizline join ${displayHost(options.bind, os.networkInterfaces())}:${server.port} --code ${shownCode} --name YOUR-NAME`,
			}
		: undefined;
	try {
		const { runHost } = await import('../ui/live/run-host.js');
		const how = await runHost({
			session,
			title: loaded.bank.article.title,
			join,
			color,
			onEnd: finish,
		});
		if (saved) io.stdout.write(formatSavedResults(saved, context.style, io.cwd));
		else io.stdout.write('No question was revealed: nothing to save.\n');
		const guard = describeGuard(session.getState().guard);
		if (guard) io.stdout.write(`Join guard: ${guard}\n`);
		return how === 'interrupted' ? exitCode.interrupted : exitCode.ok;
	} finally {
		process.off('SIGHUP', onSignal);
		process.off('SIGTERM', onSignal);
		process.off('SIGINT', onSignal);
		session.close();
		await server?.close();
	}
}

function listenProblem(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EADDRINUSE') return 'the port is in use (choose another with --port)';
	if (code === 'EADDRNOTAVAIL') return 'this machine has no such address (see --bind)';
	if (code === 'EACCES') return 'not allowed (ports below 1024 need privileges)';
	return (error as Error).message;
}
