// Read: article bytes decoded as text, or why they cannot be.
/** Article bytes read as text, or why they cannot be. */
type DecodedArticle =
	| { readonly ok: true; readonly text: string }
	| { readonly ok: false; readonly line: number; readonly col: number; readonly message: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Read an article file's bytes as UTF-8 text, without a byte order mark. Empty files, binary files (a NUL byte) and
 * bytes that are not UTF-8 come back as a message with the `line:col` of the first problem.
 */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
	const nul = bytes.indexOf(0);
	if (nul >= 0) {
		return { ok: false, ...placeOf(bytes, nul), message: 'looks like a binary file (NUL byte)' };
	}
	let text: string;
	try {
		text = strictUtf8.decode(bytes);
	} catch {
		const bad = firstInvalidUtf8(bytes);
		const byte = (bytes[bad] ?? 0).toString(16).padStart(2, '0');
		return {
			ok: false,
			...placeOf(bytes, bad),
			message: `is not UTF-8 text (byte 0x${byte}); save the article as UTF-8`,
		};
	}
	// The decoder drops a byte order mark, as the line numbers of a bank expect.
	if (text.trim() === '') return { ok: false, line: 0, col: 0, message: 'the article is empty' };
	return { ok: true, text };
}

/** 1-based line and column (in characters) of a byte offset, counting valid text before it. */
function placeOf(bytes: Uint8Array, offset: number): { line: number; col: number } {
	const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
	const lines = before.split('\n');
	return { line: lines.length, col: [...(lines.at(-1) ?? '')].length + 1 };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i] ?? 0;
		const length =
			lead < 0x80
				? 1
				: lead >= 0xc2 && lead <= 0xdf
					? 2
					: lead >= 0xe0 && lead <= 0xef
						? 3
						: lead >= 0xf0 && lead <= 0xf4
							? 4
							: 0;
		if (length === 0 || i + length > bytes.length) return i;
		const second = bytes[i + 1] ?? 0;
		if (length >= 2 && !isSecondValid(lead, second)) return i;
		for (let k = 2; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		i += length;
	}
	return bytes.length;
}

/** The second byte's allowed range depends on the lead (no overlongs, surrogates or > U+10FFFF). */
function isSecondValid(lead: number, second: number): boolean {
	if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf;
	if (lead === 0xed) return second >= 0x80 && second <= 0x9f;
	if (lead === 0xf0) return second >= 0x90 && second <= 0xbf;
	if (lead === 0xf4) return second >= 0x80 && second <= 0x8f;
	return (second & 0xc0) === 0x80;
}
