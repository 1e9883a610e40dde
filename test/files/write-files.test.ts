import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeAtomically } from '../../src/files/atomic-write.js';
import { backUpFile } from '../../src/files/back-up.js';
import { readError, writeErrorWords } from '../../src/files/file-error.js';
import { freePath } from '../../src/files/free-path.js';
import { writeText } from '../../src/files/write-text.js';
import { tempDir } from '../cli/helpers/run-cli.js';
import { systemError } from '../store/helpers.js';

const folder = () => fs.mkdtempSync(path.join(tempDir('quizline-write-'), 'case-'));

describe('writeAtomically', () => {
	it('replaces the file whole and leaves no draft', () => {
		const dir = folder();
		const file = path.join(dir, 'bank.yaml');
		fs.writeFileSync(file, 'old');
		writeAtomically(file, 'new');
		expect(fs.readFileSync(file, 'utf8')).toBe('new');
		expect(fs.readdirSync(dir)).toEqual(['bank.yaml']);
	});

	it('keeps the old file and removes the draft when the rename fails', () => {
		const dir = folder();
		const file = path.join(dir, 'bank.yaml');
		fs.writeFileSync(file, 'old');
		const rename = vi.spyOn(fs, 'renameSync').mockImplementationOnce(() => {
			throw systemError('EXDEV', 'rename');
		});
		try {
			expect(() => writeAtomically(file, 'new')).toThrow(/EXDEV/);
		} finally {
			rename.mockRestore();
		}
		expect(fs.readFileSync(file, 'utf8')).toBe('old');
		expect(fs.readdirSync(dir)).toEqual(['bank.yaml']);
	});
});

describe('freePath and backUpFile', () => {
	it('numbers a name that is taken, before its extension', () => {
		const dir = folder();
		const file = path.join(dir, 'class.csv');
		expect(freePath(file)).toBe(file);
		fs.writeFileSync(file, '');
		fs.writeFileSync(path.join(dir, 'class-2.csv'), '');
		expect(freePath(file)).toBe(path.join(dir, 'class-3.csv'));
	});

	it('moves or copies a file aside without overwriting an earlier copy', () => {
		const dir = folder();
		const file = path.join(dir, 'scores.json');
		const aside = path.join(dir, 'scores.corrupt.json');
		fs.writeFileSync(file, 'first');
		expect(backUpFile(file, aside, false)).toBe(aside);
		expect(fs.readFileSync(file, 'utf8')).toBe('first');
		fs.writeFileSync(file, 'second');
		expect(backUpFile(file, aside, true)).toBe(path.join(dir, 'scores.corrupt-2.json'));
		expect(fs.existsSync(file)).toBe(false);
		expect(fs.readFileSync(aside, 'utf8')).toBe('first');
	});
});

describe('write errors in words', () => {
	it.each([
		['ENOENT', 'no such folder'],
		['EISDIR', 'it is a directory'],
		['EACCES', 'permission denied'],
		['EPERM', 'permission denied'],
		['EEXIST', 'it exists (add --force to replace it)'],
	])('%s: %s', (code, words) => {
		expect(writeErrorWords(systemError(code, 'open'))).toBe(words);
	});

	it('read errors name what is missing', () => {
		expect(readError(systemError('ENOENT', 'open')).message).toBe('no such file');
		expect(readError(systemError('ELOOP', 'open')).message).toBe('a loop of symbolic links');
	});

	it('writeText says why, and refuses to replace a file when asked to make a new one', () => {
		const dir = folder();
		const file = path.join(dir, 'report.xml');
		expect(writeText(path.join(dir, 'missing', 'report.xml'), 'x')?.message).toBe('no such folder');
		expect(writeText(file, 'one')).toBeUndefined();
		expect(writeText(file, 'two', true)?.message).toBe('it exists (add --force to replace it)');
		expect(fs.readFileSync(file, 'utf8')).toBe('one');
	});
});
