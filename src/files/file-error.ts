// What went wrong with a file, in the few words a user reads after the file's name
// (`news.yaml: cannot write the bank: no such folder`).

/** The system's error code (ENOENT, EACCES…), if the error has one. */
const errorCode = (error: unknown): string | undefined =>
	(error as NodeJS.ErrnoException | undefined)?.code;

/** Why a file could not be read, in a few words ("no such file"). */
export function readError(error: unknown): Error {
	const code = errorCode(error);
	if (code === 'ENOENT') return new Error('no such file');
	if (code === 'EISDIR') return new Error('it is a directory');
	if (code === 'EACCES' || code === 'EPERM') return new Error('permission denied');
	if (code === 'ELOOP') return new Error('a loop of symbolic links');
	if (code === 'ENOTDIR') return new Error(`no such file (a part of the path is not a folder)`);
	return error instanceof Error ? error : new Error(String(error));
}

/** Why a file could not be written, in a few words ("no such folder"). */
export function writeErrorWords(error: unknown): string {
	const code = errorCode(error);
	if (code === 'EEXIST') return 'it exists (add --force to replace it)';
	if (code === 'ENOENT') return 'no such folder';
	if (code === 'EISDIR') return 'it is a directory';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	return (error as Error).message;
}
