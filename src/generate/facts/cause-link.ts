// Facts: a cause and its effect as a sentence states them, and where a stated cause stops.

/**
 * How the cause reads: a noun phrase ("declines in energy prices"), a clause ("the overhead
 * wire was replaced"), or a purpose ("to make way for an expansion").
 */
export type CauseForm = 'reason' | 'clause' | 'purpose';

/** A cause and its effect, as one sentence states them. */
export type CauseLink = {
	readonly form: CauseForm;
	/** The words that mark the link, as the sentence writes them ("partly reflecting"). */
	readonly marker: string;
	/**
	 * The effect as a clause of the sentence, with its own subject and verb; or, when
	 * `isPhrase`, a noun phrase ("extensive use of the metal", after "led to").
	 */
	readonly effect: string;
	readonly isPhrase?: boolean;
	/** The effect came before its marker: the reason is for the effect's last clause alone. */
	readonly isEffectFirst?: boolean;
	/** The cause, cut to its own clause; offsets in the sentence. */
	readonly cause: string;
	readonly causeStart: number;
	readonly causeEnd: number;
};

/** Speech gives the speaker's reasons, not the article's: such sentences are left alone. */
const speech = /[“”"]/u;
/** Whether a sentence quotes someone: its reasons are the speaker's, not the article's. */
export const isSpeech = (text: string) => speech.test(text);
/** Where a cause stops: a comma, semicolon, dash or colon, a bracket, or the full stop. */
const causeStop = /\s*(?:[,;:()]|\s[–—]\s|—|\.$|[.!?]["”’]?$)/u;

/** "an expansion of the Convention Center that would also restrict …": the part before "that". */
export function trimCause(cause: string): string {
	const relative = /,?\s+(?:that|which|who|whose|where|while|whereas|thereby)\s/u.exec(cause);
	return (relative ? cause.slice(0, relative.index) : cause).trimEnd();
}

/** Where the clause starting at `from` ends: before the next comma, dash or the final stop. */
export function clauseEnd(text: string, from: number): number {
	const rest = text.slice(from);
	// "July 21, 2018": a comma inside a date does not end the clause.
	const masked = rest.replace(/(\d{1,2}), (\d{4})/gu, '$1  $2');
	const stop = causeStop.exec(masked);
	return from + (stop ? stop.index : rest.length);
}
