import path from 'node:path';
import { tooLargeError } from './input-limit.js';
import { readText } from './read-text.js';

/** Standard input, as much of it as a command needs. */
export type InputStream = NodeJS.ReadableStream & { isTTY?: boolean };

/**
 * All of standard input as UTF-8 text, at most `limit` bytes of it; an error when it is a
 * terminal nobody is piping into, or when more than `limit` bytes come (it is not read on).
 */
export async function readStdin(stdin: InputStream, limit: number): Promise<string | Error> {
	if (stdin.isTTY) {
		return new Error(
			'standard input is a terminal: pipe a sheet in, e.g. quizline grade - < sheet.yaml',
		);
	}
	const chunks: Buffer[] = [];
	let total = 0;
	try {
		for await (const chunk of stdin) {
			const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
			total += bytes.length;
			// Leaving the loop stops reading: an endless pipe costs no more than the limit.
			if (total > limit) return tooLargeError(undefined, limit);
			chunks.push(bytes);
		}
	} catch (error) {
		return error as Error;
	}
	return Buffer.concat(chunks).toString('utf8');
}

/** A file's text, or standard input's for "-"; at most `limit` bytes. */
export async function readInput(
	file: string,
	stdin: InputStream,
	cwd: string,
	limit: number,
): Promise<string | Error> {
	if (file === '-') return readStdin(stdin, limit);
	return readText(path.resolve(cwd, file), limit);
}
