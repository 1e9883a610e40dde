// Judge: the defect classes a teacher names, and the rules behind each.
import type { Candidate } from '../candidates/candidate.js';
import {
	answerInPrompt,
	answerLongest,
	distractorIsAnswer,
	duplicateOptions,
	quoteNotInLine,
	type Rule,
	type RuleContext,
	tooFewOptions,
	unreadablePrompt,
} from './rules.js';
import { causeGivenAway, causePronoun, causeTooShort, evidenceAlsoShown } from './rules-cause.js';
import {
	danglingReference,
	deicticDay,
	quoteTooShort,
	roleMismatch,
	speakerNotNamed,
	speakerNotQuoted,
	unresolvedPronoun,
} from './rules-evidence.js';
import {
	agreement,
	containingPlace,
	cueWord,
	figureFollows,
	mainSubject,
	nameInSpeech,
	numberInPrompt,
	otherFormInPrompt,
	personOfPlace,
	placeGoneTo,
	slashedName,
	speakerRuledOut,
} from './rules-giveaway.js';
import {
	aboveOptions,
	absoluteDistractor,
	mixedOptions,
	negativeStem,
	pronounHighlight,
} from './rules-items.js';
import { storyIdea } from './rules-main-idea.js';
import {
	boilerplate,
	copiedQuote,
	countedBack,
	creditLine,
	documentLength,
	exactDate,
	fictionFigure,
	jobTitle,
	labelNumber,
	lateListItem,
	praiseStatement,
	rollOfNames,
	timetable,
	weekdayOrTime,
} from './rules-trivial.js';
import {
	boundedFigure,
	fragmentStatement,
	impossibleFigure,
	selfContradiction,
	swapRole,
} from './rules-truefalse.js';
import { unfairMeaning } from './rules-vocabulary.js';

/** The rubric's defect classes, as a teacher names them. */
type Defect =
	| 'broken'
	| 'trivial'
	| 'given away'
	| 'bad true/false'
	| 'implausible distractors'
	| 'distractor also correct'
	| 'pronoun without antecedent'
	| 'ungrammatical'
	| 'quote does not support'
	| 'vague';

/** Each rule with its name and the defect it guards against, in the order they are applied. */
export const rules = [
	// Cheap rules that drop many candidates come first: the first broken rule decides.
	['quote-not-in-line', 'broken', quoteNotInLine],
	['main-subject', 'given away', mainSubject],
	['weekday-or-time', 'trivial', weekdayOrTime],
	['credit-line', 'trivial', creditLine],
	['boilerplate', 'trivial', boilerplate],
	['praise-statement', 'trivial', praiseStatement],
	['unreadable-prompt', 'ungrammatical', unreadablePrompt],
	['job-title', 'trivial', jobTitle],
	['document-length', 'trivial', documentLength],
	['late-list-item', 'trivial', lateListItem],
	['label-number', 'trivial', labelNumber],
	['counted-back', 'trivial', countedBack],
	['copied-quote', 'trivial', copiedQuote],
	['roll-of-names', 'trivial', rollOfNames],
	['fiction-figure', 'trivial', fictionFigure],
	['exact-date', 'trivial', exactDate],
	['timetable', 'trivial', timetable],
	['answer-in-prompt', 'given away', answerInPrompt],
	['other-form-in-prompt', 'given away', otherFormInPrompt],
	['figure-follows', 'given away', figureFollows],
	['number-in-prompt', 'given away', numberInPrompt],
	['containing-place', 'given away', containingPlace],
	['slashed-name', 'unclear blank', slashedName],
	['place-gone-to', 'unclear blank', placeGoneTo],
	['name-in-speech', 'given away', nameInSpeech],
	['person-of-place', 'given away', personOfPlace],
	['agreement', 'ungrammatical', agreement],
	['fragment-statement', 'bad true/false', fragmentStatement],
	['swap-role', 'bad true/false', swapRole],
	['self-contradiction', 'bad true/false', selfContradiction],
	['bounded-figure', 'bad true/false', boundedFigure],
	['impossible-figure', 'bad true/false', impossibleFigure],
	['too-few-options', 'implausible distractors', tooFewOptions],
	['speaker-not-quoted', 'implausible distractors', speakerNotQuoted],
	['speaker-ruled-out', 'implausible distractors', speakerRuledOut],
	['role-mismatch', 'implausible distractors', roleMismatch],
	['distractor-is-answer', 'distractor also correct', distractorIsAnswer],
	['duplicate-options', 'distractor also correct', duplicateOptions],
	['unfair-meaning', 'distractor also correct', unfairMeaning],
	['answer-longest', 'given away', answerLongest],
	['cue-word', 'given away', cueWord],
	['unresolved-pronoun', 'pronoun without antecedent', unresolvedPronoun],
	['dangling-reference', 'pronoun without antecedent', danglingReference],
	['deictic-day', 'vague', deicticDay],
	['speaker-not-named', 'quote does not support', speakerNotNamed],
	['quote-too-short', 'vague', quoteTooShort],
	['cause-given-away', 'given away', causeGivenAway],
	['cause-pronoun', 'pronoun without antecedent', causePronoun],
	['cause-too-short', 'vague', causeTooShort],
	['evidence-also-shown', 'distractor also correct', evidenceAlsoShown],
	['story-idea', 'vague', storyIdea],
	// Item-writing flaws `quizline lint` also finds in hand-written questions (rules-items.ts).
	['absolute-distractor', 'implausible distractors', absoluteDistractor],
	['negative-stem', 'vague', negativeStem],
	['above-options', 'implausible distractors', aboveOptions],
	['pronoun-highlight', 'quote does not support', pronounHighlight],
	['mixed-options', 'implausible distractors', mixedOptions],
] as const satisfies readonly (readonly [string, Defect | string, Rule])[];

/** The name of one of `rules`. */
export type RuleName = (typeof rules)[number][0];

/** A rule a candidate breaks, and how. */
export type Finding = { readonly rule: RuleName; readonly defect: string; readonly detail: string };

/** The first rule the candidate breaks, if any. */
export function judgeCandidate(candidate: Candidate, context: RuleContext): Finding | undefined {
	for (const [rule, defect, check] of rules) {
		const detail = check(candidate, context);
		if (detail !== undefined) return { rule, defect, detail };
	}
	return undefined;
}
