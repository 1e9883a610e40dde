import { parseJoinAddress } from '../live/address.js';
import { joinSession } from '../live/client.js';
import { commandContext, defaultPort } from './context.js';
import { type CommandIo, exitCode } from './io.js';

export type JoinOptions = {
	readonly code: string;
	readonly name: string;
	/** The token from an earlier join, to come back as the same student. */
	readonly token?: string;
};

/** Exit code when the session could not be reached again after a drop. */
export const connectionLostCode = 1;

/** Explains why joining needs a terminal. */
export const joinNotATerminalMessage = `quizline join needs an interactive terminal (stdin and stdout must be a TTY): you answer on its screen.
Run it in a terminal window, e.g.:  quizline join 192.168.1.20:${defaultPort} --code K7QX-2M4P --name Ann
`;

/**
 * `quizline join ADDRESS --code CODE --name NAME`: a student's screen in a live session.
 * Exit 0 at the end or on leaving, 2 when refused or unreachable, 1 when lost midway, 130 Ctrl+C.
 */
export async function joinCommand(address: string, options: JoinOptions, io: CommandIo) {
	const context = commandContext(io);
	if (!context.isTerminal) {
		io.stderr.write(joinNotATerminalMessage);
		return exitCode.badInput;
	}
	const parsed = parseJoinAddress(address);
	if (!parsed.ok) {
		io.stderr.write(`${parsed.message}\n`);
		return exitCode.badInput;
	}
	const request = { url: parsed.url, code: options.code, name: options.name };
	const first = await joinSession({
		...request,
		...(options.token ? { token: options.token } : {}),
	});
	if (!first.ok) {
		const where = first.reason === 'unreachable' ? `cannot reach ${parsed.url}: ` : '';
		io.stderr.write(`cannot join: ${where}${first.message}\n`);
		if (first.reason === 'unreachable') {
			io.stderr.write(
				'Check the address on the teacher’s screen, and that the session is running.\n',
			);
		}
		return exitCode.badInput;
	}
	const { color } = context;
	if (!color) process.env.FORCE_COLOR = '0';
	const rejoinHint = (token: string) =>
		`quizline join ${address} --code ${options.code} --name "${first.welcome.name}" --token ${token}`;
	const { runJoin } = await import('../ui/live/run-join.js');
	const { how } = await runJoin({
		connection: first.connection,
		welcome: first.welcome,
		rejoin: (token) => joinSession({ ...request, token, timeoutMs: 3000 }),
		now: Date.now,
		rejoinHint,
		color,
	});
	if (how === 'left' || how === 'interrupted') {
		io.stdout.write(`You left the session. To come back: ${rejoinHint(first.welcome.token)}\n`);
	}
	if (how === 'interrupted') return exitCode.interrupted;
	return how === 'lost' ? connectionLostCode : exitCode.ok;
}
