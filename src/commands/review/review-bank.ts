import type { Article } from '../../core/article.js';
import { type BankIssue, formatIssue } from '../../core/bank/issue.js';
import { parseBank } from '../../core/bank/parse.js';
import type { Bank, Question } from '../../core/bank/schema.js';
import { verifyBank } from '../../core/bank/verify.js';
import {
	addRejected,
	approveQuestion,
	removeQuestion,
	setQuestionField,
} from '../../core/review/bank-text.js';
import type {
	BankChange,
	Decision,
	ReviewAction,
	UndoEntry,
} from '../../core/review/review-state.js';
import { writeAtomically } from '../../files/atomic-write.js';
import { writeErrorWords } from '../../files/file-error.js';
import { type FileIdentity, readWithIdentity } from '../../files/file-identity.js';
import { contentId } from '../../generate/write/ids.js';
import type { ReviewSource } from '../../ui/review/review-runner.js';

/** The bank under review: what the screen reads of it, its text, and how an edit is written. */
export type ReviewBank = Omit<ReviewSource, 'saveProgress'> & {
	/** The bank's text as last read or written. */
	text(): string;
	/** Writes new bank text made from the text last read (an edit); the action it leads to. */
	write(text: string, entry: UndoEntry): ReviewAction;
};

type Loaded = { readonly text: string; readonly identity: FileIdentity; readonly bank: Bank };

/** The bank at `file` read for review, or why it cannot be reviewed. */
export function openReviewBank(
	file: string,
	shown: string,
	article: Article,
): { ok: true; bank: ReviewBank } | { ok: false; issues: readonly BankIssue[] } {
	const first = readValid(file, shown, article);
	if (!first.ok) return first;
	let loaded: Loaded = first.loaded;
	const reload = (): ReviewAction | undefined => {
		const now = readWithIdentity(file);
		if (!now) return { type: 'refused', message: `${shown} is gone from disk: nothing written` };
		if (now.identity.key === loaded.identity.key || now.text === loaded.text) {
			loaded = { ...loaded, identity: now.identity };
			return undefined;
		}
		const fresh = readValid(file, shown, article);
		if (!fresh.ok) {
			const why = fresh.issues[0] ? formatIssue(fresh.issues[0]) : 'it is not a valid bank';
			return {
				type: 'refused',
				message: `${shown} changed on disk and does not validate (${why}): nothing written`,
			};
		}
		loaded = fresh.loaded;
		const ids = loaded.bank.questions.map((question) => question.id);
		return {
			type: 'reloaded',
			ids,
			message: `${shown} changed on disk: reloaded`,
		};
	};
	/** The file as it is now, before a write: a change on disk is followed, not written over. */
	const beforeWrite = (): ReviewAction | undefined => {
		const changed = reload();
		return changed?.type === 'reloaded'
			? { ...changed, message: `${changed.message}; nothing written, press the key again` }
			: changed;
	};
	const commit = (text: string, entry: UndoEntry, isUndo: boolean): ReviewAction => {
		const changed = beforeWrite();
		if (changed) return changed;
		const parsed = parseBank(text, shown);
		const issues = parsed.ok
			? verifyBank(parsed.bank, article, shown, parsed.positions)
			: parsed.issues;
		if (!parsed.ok || issues.length > 0) {
			return {
				type: 'refused',
				message: `not written, the bank would not validate: ${issues[0] ? formatIssue(issues[0]) : ''}`,
			};
		}
		try {
			writeAtomically(file, text);
		} catch (error) {
			return { type: 'refused', message: `${shown}: cannot write: ${writeErrorWords(error)}` };
		}
		const written = readWithIdentity(file);
		loaded = { text, bank: parsed.bank, identity: written?.identity ?? loaded.identity };
		return isUndo ? { type: 'undone', entry } : { type: 'written', id: entry.id, entry };
	};
	const bank: ReviewBank = {
		shown,
		article,
		bank: () => loaded.bank,
		question: (id) => loaded.bank.questions.find((question) => question.id === id),
		text: () => loaded.text,
		apply: (change) => {
			const changed = beforeWrite();
			if (changed) return changed;
			const made = changedText(loaded.text, change, bank.question);
			if (typeof made === 'string') return { type: 'refused', message: made };
			return commit(made.text, made.entry, change.kind === 'revert');
		},
		refresh: () => reload(),
		write: (text, entry) => commit(text, entry, false),
	};
	return { ok: true, bank };
}

function readValid(file: string, shown: string, article: Article) {
	const read = readWithIdentity(file);
	if (!read)
		return {
			ok: false as const,
			issues: [{ file: shown, line: 0, col: 0, message: 'no such file' }],
		};
	const parsed = parseBank(read.text, shown);
	if (!parsed.ok) return parsed;
	const issues = verifyBank(parsed.bank, article, shown, parsed.positions);
	if (issues.length > 0) return { ok: false as const, issues };
	return {
		ok: true as const,
		loaded: { text: read.text, identity: read.identity, bank: parsed.bank },
	};
}

/** The text a change makes, with how to undo it; or why it cannot be made. */
function changedText(
	text: string,
	change: BankChange,
	question: (id: string) => Question | undefined,
): { text: string; entry: UndoEntry } | string {
	if (change.kind === 'revert') {
		const { revert } = change.entry;
		if (!revert || revert.after !== text)
			return 'the bank is not as that decision left it: not undone';
		return { text: revert.before, entry: change.entry };
	}
	const { id } = change;
	const asked = question(id);
	if (!asked) return `question "${id}" is no longer in the bank`;
	const made = (decision: Decision, after: string) => ({
		text: after,
		entry: {
			id,
			at: -1,
			previous: undefined,
			decision,
			revert: { before: text, after, idAfter: id },
		},
	});
	// A question already curated is approved as it is: no byte changes.
	if (change.kind === 'approve') return made('approved', approveQuestion(text, id) ?? text);
	if (change.kind === 'set') {
		const fixed = setQuestionField(text, id, change.field, change.value);
		if (fixed === undefined) return `that field of "${id}" cannot be set here: press e to edit it`;
		// A question fixed by hand is the teacher's: generate keeps it.
		return made('edited', approveQuestion(fixed, id) ?? fixed);
	}
	const removed = removeQuestion(text, id);
	if (!removed) return 'the last question of a bank cannot be rejected';
	return made('rejected', addRejected(removed.text, contentId(asked)));
}
