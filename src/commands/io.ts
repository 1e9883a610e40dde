/** What a command may touch of the outside world; tests pass their own. */
export type CommandIo = {
	readonly stdout: { write(text: string): unknown; isTTY?: boolean };
	readonly stderr: { write(text: string): unknown; isTTY?: boolean };
	readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
	readonly env: NodeJS.ProcessEnv;
	readonly cwd: string;
};

/** Exit codes shared by every command. */
export const exitCode = {
	ok: 0,
	/** A wrong answer, or any wrong answer in a sheet. */
	wrong: 1,
	/** Bad input: a broken bank, an unknown id, a malformed answer, a missing file. */
	badInput: 2,
	/** Interrupted by Ctrl+C after saving. */
	interrupted: 130,
} as const;

/** The process's own streams, for the real CLI; each is made only when first used. */
export function processIo(): CommandIo {
	return {
		get stdout() {
			return process.stdout;
		},
		get stderr() {
			return process.stderr;
		},
		get stdin() {
			return process.stdin;
		},
		env: process.env,
		cwd: process.cwd(),
	};
}
