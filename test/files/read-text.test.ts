import { spawnSync } from 'node:child_process';
import { symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatMegabytes, inputLimit } from '../../src/files/input-limit.js';
import { readStdin } from '../../src/files/read-input.js';
import { readText } from '../../src/files/read-text.js';
import { tempDir } from '../cli/helpers/run-cli.js';

const isLinux = process.platform === 'linux';
const dir = tempDir('quizline-read-text-');
const file = (name: string, text: string | Buffer) => {
	const target = path.join(dir, name);
	writeFileSync(target, text);
	return target;
};
const message = (result: string | Error) => (result instanceof Error ? result.message : result);

describe('readText', () => {
	it('reads a regular UTF-8 file, and one through a symbolic link', () => {
		const target = file('article.txt', 'first “line”\nsecond\n');
		expect(readText(target, 100)).toBe('first “line”\nsecond\n');
		const link = path.join(dir, 'link.txt');
		symlinkSync(target, link);
		expect(readText(link, 100)).toBe('first “line”\nsecond\n');
	});

	it('refuses a file over the limit from its size, without reading it', () => {
		const big = file('big.yaml', 'article:\n');
		truncateSync(big, 50 * 1024 * 1024); // sparse: 50 MB that take no disk
		expect(message(readText(big, inputLimit({})))).toBe(
			'it is 50 MB, over the 8 MB limit (set QUIZLINE_MAX_INPUT_MB to read bigger files, e.g. QUIZLINE_MAX_INPUT_MB=51)',
		);
	});

	it('refuses a directory, a missing file and a file that is not text', () => {
		expect(message(readText(dir, 100))).toBe('it is a directory');
		expect(message(readText(path.join(dir, 'nowhere.txt'), 100))).toBe('no such file');
		expect(message(readText(file('zeros.bin', Buffer.alloc(10)), 100))).toBe(
			'it is not a text file (byte 1 is a NUL)',
		);
	});

	it.runIf(isLinux)('refuses devices, FIFOs, /proc entries and links to them at once', () => {
		expect(message(readText('/dev/zero', 100))).toBe('it is a device, not a regular file');
		expect(message(readText('/dev/urandom', 100))).toBe('it is a device, not a regular file');
		const link = path.join(dir, 'zero-link.txt');
		symlinkSync('/dev/zero', link);
		expect(message(readText(link, 100))).toBe('it is a device, not a regular file');
		const fifo = path.join(dir, 'fifo');
		expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
		// Nobody writes to it: opening must not wait for a writer.
		expect(message(readText(fifo, 100))).toBe('it is a named pipe (FIFO), not a regular file');
		expect(message(readText('/proc/self/environ', 100))).toMatch(/^it is a system file \(/);
		const procLink = path.join(dir, 'environ');
		symlinkSync('/proc/self/environ', procLink);
		expect(message(readText(procLink, 100))).toMatch(/^it is a system file \(\/proc\//);
	});

	it('reads a file of exactly the limit; one byte more is refused', () => {
		const exact = file('exact.txt', 'x'.repeat(100));
		expect(readText(exact, 100)).toBe('x'.repeat(100));
		expect(message(readText(exact, 99))).toMatch(/, over the .* limit/);
	});
});

describe('readStdin', () => {
	it('stops reading an endless pipe at the limit', async () => {
		const input = new PassThrough();
		let written = 0;
		const pump = () => {
			while (written < 10_000_000 && input.write(Buffer.alloc(64 * 1024, 'a'))) written += 65_536;
		};
		input.on('drain', pump);
		pump();
		expect(message(await readStdin(input, 1024 * 1024))).toMatch(
			/^it is larger than the 1 MB limit \(set QUIZLINE_MAX_INPUT_MB/,
		);
		expect(written).toBeLessThan(4 * 1024 * 1024);
	});
});

describe('inputLimit', () => {
	it('is 8 MB unless QUIZLINE_MAX_INPUT_MB says otherwise', () => {
		expect(inputLimit({})).toBe(8 * 1024 * 1024);
		expect(inputLimit({ QUIZLINE_MAX_INPUT_MB: '64' })).toBe(64 * 1024 * 1024);
		expect(inputLimit({ QUIZLINE_MAX_INPUT_MB: '0.5' })).toBe(512 * 1024);
		expect(inputLimit({ QUIZLINE_MAX_INPUT_MB: 'lots' })).toBe(8 * 1024 * 1024);
		expect(formatMegabytes(50.3 * 1024 * 1024)).toBe('50.3 MB');
	});
});
