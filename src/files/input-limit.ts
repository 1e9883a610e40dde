/** The environment variable that raises (or lowers) the size limit on files quizline reads. */
export const inputLimitVariable = 'QUIZLINE_MAX_INPUT_MB';

/** Banks, articles and answer sheets larger than this many megabytes are refused. */
export const defaultInputMegabytes = 8;

const megabyte = 1024 * 1024;

/** The largest bank, article or sheet read, in bytes: 8 MB, or `$QUIZLINE_MAX_INPUT_MB`. */
export function inputLimit(env: NodeJS.ProcessEnv): number {
	const given = Number(env[inputLimitVariable]);
	const megabytes = given > 0 && Number.isFinite(given) ? given : defaultInputMegabytes;
	return Math.floor(megabytes * megabyte);
}

/** `8 MB`, `50.3 MB`: a size as the limit's message gives it. */
export function formatMegabytes(bytes: number): string {
	const megabytes = bytes / megabyte;
	return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

/** Why a file of `size` bytes (at least, when not known exactly) is not read, and how to read it. */
export function tooLargeError(size: number | undefined, limit: number): Error {
	const how = `set ${inputLimitVariable} to read bigger files, e.g. ${inputLimitVariable}=${Math.ceil((size ?? limit * 2) / megabyte) + 1}`;
	const what = size === undefined ? 'it is larger than' : `it is ${formatMegabytes(size)}, over`;
	return new Error(`${what} the ${formatMegabytes(limit)} limit (${how})`);
}
