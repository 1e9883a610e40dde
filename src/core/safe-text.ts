// Text from a bank, an article, an answer sheet, the store or the network may hold control
// characters: ESC starts sequences that retitle the terminal (OSC 0), write the clipboard
// (OSC 52) or clear the screen; CR, BS and bidi overrides make text overwrite or reorder what
// is shown. Everything shown passes through `safeText`, which makes such characters visible.

/** How a piece of text is shown. */
type SafeTextOptions = {
	/** Line breaks become spaces: for a field shown on one line (a name, an answer, a choice). */
	readonly line?: boolean;
	/** Tabs become spaces up to the next stop of this width; 0 keeps them (TSV). Default 8. */
	readonly tabWidth?: number;
};

// C0 controls but tab and line feed; DEL; C1 controls. CR is matched here when alone.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to find
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Bidi embeddings, overrides and isolates: they reorder what follows them on screen. */
const bidi = /[\u202A-\u202E\u2066-\u2069]/g;
const lineBreaks = /\r\n|[\u2028\u2029\u0085]/g;

/** A control character as the symbol that pictures it: ESC as ␛, BEL as ␇, C1 CSI as ␛[. */
function pictureOf(char: string): string {
	const code = char.charCodeAt(0);
	if (code < 0x20) return String.fromCharCode(0x2400 + code);
	if (code === 0x7f) return '\u2421';
	return `\u241B${String.fromCharCode(code - 0x40)}`;
}

/** `text` safe to write to a terminal: no control character but line feed (and tab if kept). */
export function safeText(text: string, options: SafeTextOptions = {}): string {
	const tabWidth = options.tabWidth ?? 8;
	let out = text.replace(lineBreaks, '\n').replace(bidi, '').replace(controls, pictureOf);
	if (options.line) out = out.replace(/\n/g, ' ');
	if (tabWidth > 0 && out.includes('\t')) out = expandTabs(out, tabWidth);
	return out;
}

/** Tabs as spaces up to the next multiple of `width` columns, counted from each line's start. */
function expandTabs(text: string, width: number): string {
	return text
		.split('\n')
		.map((line) => {
			let column = 0;
			let out = '';
			for (const char of line) {
				if (char === '\t') {
					const pad = width - (column % width);
					out += ' '.repeat(pad);
					column += pad;
				} else {
					out += char;
					column += 1;
				}
			}
			return out;
		})
		.join('\n');
}

/** The first character of `text` that `safeText` would change, other than tab or line feed. */
export function firstUnsafeCharacter(text: string): { index: number; char: string } | undefined {
	// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to find
	const match = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.exec(text);
	return match ? { index: match.index, char: match[0] } : undefined;
}

/** A character named for a message: `U+001B (ESC)`. */
export function describeCharacter(char: string): string {
	const code = char.codePointAt(0) ?? 0;
	const hex = code.toString(16).toUpperCase().padStart(4, '0');
	const names: Record<number, string> = { 27: 'ESC', 7: 'BEL', 8: 'BS', 13: 'CR' };
	const name = names[code] ?? (code >= 0x202a ? 'bidi control' : 'control character');
	return `U+${hex} (${name})`;
}
