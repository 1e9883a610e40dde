import path from 'node:path';
import { readText } from './read-text.js';

/** Standard input, as much of it as a command needs. */
export type InputStream = NodeJS.ReadableStream & { isTTY?: boolean };

/** All of standard input as UTF-8 text; an error when it is a terminal nobody is piping into. */
export async function readStdin(stdin: InputStream): Promise<string | Error> {
	if (stdin.isTTY) {
		return new Error(
			'standard input is a terminal: pipe a sheet in, e.g. quizline grade - < sheet.yaml',
		);
	}
	const chunks: Buffer[] = [];
	try {
		for await (const chunk of stdin)
			chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
	} catch (error) {
		return error as Error;
	}
	return Buffer.concat(chunks).toString('utf8');
}

/** A file's text, or standard input's for "-". */
export async function readInput(
	file: string,
	stdin: InputStream,
	cwd: string,
): Promise<string | Error> {
	if (file === '-') return readStdin(stdin);
	return readText(path.resolve(cwd, file));
}
