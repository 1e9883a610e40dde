// Candidates: sentences cut to stand as options: the key after its claim, the rest near its length.

/** The most words an option holds; longer sentences are cut at a clause. */
const maxOptionWords = 32;

/** Offsets where a sentence may be cut: after commas, semicolons, colons (a dash opens an aside). */
function clauseCuts(text: string): number[] {
	const cuts = [0];
	for (const match of text.matchAll(/[,;:](?=\s)/gu))
		cuts.push((match.index ?? 0) + match[0].length);
	cuts.push(text.length);
	return cuts;
}

/** How many words a piece of text has. */
export const wordsIn = (piece: string) => piece.split(/\s+/u).filter(Boolean).length;

/** The sentence up to `cut`, with "…" when that is not its end. */
function upTo(text: string, cut: number): string {
	const piece = text
		.slice(0, cut)
		.trim()
		.replace(/[,;:–—\s]+$/u, '');
	return cut < text.length ? `${piece}…` : piece;
}

/**
 * The key: its sentence from the start through the clause that states the claim (offsets
 * in the sentence), or undefined when that is more than an option can hold.
 */
export function keySentence(text: string, end: number, most = maxOptionWords): string | undefined {
	const cuts = clauseCuts(text);
	const cut = cuts.find((each) => each >= end) ?? text.length;
	return wordsIn(text.slice(0, cut)) <= most ? upTo(text, cut) : undefined;
}

/**
 * A distractor: its sentence cut at the clause nearest the key's length, so none stands out,
 * and never to a lead phrase alone ("In a symbolic show of force and unity…"); undefined when
 * no cut fits.
 */
export function besideSentence(text: string, keyWords: number): string | undefined {
	const least = Math.max(10, keyWords - 4);
	const fits = clauseCuts(text)
		.slice(1)
		.filter((cut) => {
			const words = wordsIn(text.slice(0, cut));
			return words <= maxOptionWords && (words >= least || cut === text.length);
		});
	if (fits.length === 0) return undefined;
	const gap = (cut: number) => Math.abs(wordsIn(text.slice(0, cut)) - keyWords);
	return upTo(
		text,
		fits.reduce((a, b) => (gap(b) < gap(a) ? b : a)),
	);
}
