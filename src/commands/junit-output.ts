import path from 'node:path';
import { writeText } from '../files/write-text.js';
import type { CommandIo } from './io.js';

/** `--json` and `--junit -` both want standard output: true (and said on stderr) when both are given. */
export function junitClash(options: { json?: boolean; junit?: string }, io: CommandIo): boolean {
	if (!options.json || options.junit !== '-') return false;
	io.stderr.write('--json and --junit - both want standard output: give --junit a file name\n');
	return true;
}

/**
 * Deliver `--junit TARGET`: printed for "-", else written to the file. False when the file
 * could not be written (and said so on stderr).
 */
export function writeJunit(target: string | undefined, xml: () => string, io: CommandIo): boolean {
	if (target === undefined) return true;
	if (target === '-') {
		io.stdout.write(xml());
		return true;
	}
	const failed = writeText(path.resolve(io.cwd, target), xml());
	if (failed) io.stderr.write(`cannot write ${target}: ${failed.message}\n`);
	return !failed;
}
