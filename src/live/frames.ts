import type { RawData } from 'ws';

/** A frame's text, or why it is dropped. */
export type FrameText =
	| { readonly ok: true; readonly text: string }
	| { readonly ok: false; readonly reason: 'oversized' | 'binary' };

/** The text of one frame as ws hands it over; binary frames and frames over `limit` bytes drop. */
export function frameText(data: RawData, isBinary: boolean, limit: number): FrameText {
	const parts = Array.isArray(data)
		? data
		: [data instanceof ArrayBuffer ? Buffer.from(data) : data];
	const size = parts.reduce((sum, part) => sum + part.length, 0);
	if (size > limit) return { ok: false, reason: 'oversized' };
	if (isBinary) return { ok: false, reason: 'binary' };
	return { ok: true, text: Buffer.concat(parts).toString('utf8') };
}
