import { Box, type Key, Text, useApp } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { Bank, Question } from '../../core/bank/schema.js';
import type { Finding } from '../../core/review/findings.js';
import { currentId, type ReviewState, reviewCounts } from '../../core/review/review-state.js';
import {
	type QuickField,
	quickFields,
	reviewProgressText,
	reviewSummary,
} from '../../format/review-text.js';
import { wrapLine } from '../../format/wrap-line.js';
import { hintRows, KeyHints } from '../components/key-hints.js';
import { ProgressBar } from '../components/progress-bar.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { KeyRouter } from '../key-router.js';
import {
	type ReviewBindingName,
	type ReviewScope,
	reviewKeymap,
	reviewPressed,
	reviewScopes,
} from '../keymap.js';
import { HelpScreen } from '../screens/help-screen.js';
import { useTheme } from '../theme-context.js';
import { QuickFix } from './quick-fix.js';
import { createReviewRunner, type ReviewExit, type ReviewSource } from './review-runner.js';
import { ReviewQuestion } from './review-screen.js';

export type ReviewAppProps = {
	readonly source: ReviewSource;
	readonly initial: ReviewState;
	readonly findings: (question: Question, bank: Bank) => readonly Finding[];
	/** Called once, just before the screen closes, with why and where the review was. */
	readonly onExit: (exit: ReviewExit) => void;
	/** How often the bank's file is looked at for changes made by someone else (ms). */
	readonly refreshMs?: number;
};

/** The keys of each review screen, in the order they are hinted. */
const keysOf: Record<ReviewScope | 'help', readonly ReviewBindingName[]> = {
	review: ['approve', 'reject', 'edit', 'fix', 'skip', 'undo', 'previous', 'next', 'quit', 'help'],
	reviewDone: ['previous', 'undo', 'quit', 'help'],
	reviewPick: ['fixPick', 'fixCancel'],
	reviewField: ['fixSave', 'fixCancel'],
	help: ['back'],
};

/** Where the reviewer is: help, past the last question, fixing a field, or on a question. */
function scopeOf(
	state: ReviewState,
	fixing: { readonly field?: QuickField } | undefined,
): ReviewScope | 'help' {
	if (state.view === 'help') return 'help';
	if (currentId(state) === undefined) return 'reviewDone';
	if (fixing) return fixing.field ? 'reviewField' : 'reviewPick';
	return 'review';
}

/** The keys that are the review step's action of the same name. */
const stepKeys = [
	'approve',
	'reject',
	'edit',
	'skip',
	'undo',
	'next',
	'previous',
	'quit',
	'help',
] as const;
type StepKey = (typeof stepKeys)[number];
const isStepKey = (name: ReviewBindingName): name is StepKey =>
	(stepKeys as readonly string[]).includes(name);

/** `quizline review`: one generated question at a time, approved, rejected, edited or skipped. */
export function ReviewApp(props: ReviewAppProps) {
	const { source, initial, findings, onExit, refreshMs = 1000 } = props;
	const { exit } = useApp();
	const [state, setState] = useState(initial);
	const runner = useRef<ReturnType<typeof createReviewRunner>>(undefined);
	runner.current ??= createReviewRunner(initial, source, setState, (reason) => {
		onExit(reason);
		exit();
	});
	const size = useTerminalSize();
	// A bank changed on disk shows at once, not only at the next key that writes.
	useEffect(() => {
		const timer = setInterval(() => {
			const action = source.refresh();
			// A bank still broken on disk is said once, not every second.
			const isSaid =
				action?.type === 'refused' && action.message === runner.current?.state().notice;
			if (action && !isSaid) runner.current?.run(action);
		}, refreshMs);
		return () => clearInterval(timer);
	}, [source, refreshMs]);
	// A quick fix under way: choosing its field ('pick'), or typing the one chosen.
	const [fix, setFix] = useState<{ readonly id: string; readonly field?: QuickField }>();
	const id = currentId(state);
	const question = id === undefined ? undefined : source.question(id);
	const fixing = fix && fix.id === id && question ? fix : undefined;
	const fields = question ? quickFields(question) : [];
	const scope = scopeOf(state, fixing);
	const keys = keysOf[scope];
	const onKey = (input: string, key: Key) => {
		const run = runner.current;
		if (!run) return;
		if (reviewPressed('interrupt', scope, input, key)) return run.interrupt();
		if (reviewPressed('fixCancel', scope, input, key)) return setFix(undefined);
		if (reviewPressed('fixPick', scope, input, key) && id) {
			const field = fields[Number(input) - 1];
			return field ? setFix({ id, field }) : undefined;
		}
		if (reviewPressed('fix', scope, input, key) && id) return setFix({ id });
		if (scope === 'help') {
			if (reviewPressed('help', scope, input, key) || reviewPressed('back', scope, input, key))
				run.run({ type: 'close-help' });
			return;
		}
		const name = keys.find((each) => reviewPressed(each, scope, input, key));
		if (name && isStepKey(name)) run.run({ type: name });
	};
	const onFixed = (value: string) => {
		const field = fixing?.field;
		setFix(undefined);
		if (field && value !== field.value)
			runner.current?.run({ type: 'set-field', field: field.path, value });
	};
	const hints = keys.map((name): [string, string] => [reviewKeymap[name].label, shortAction[name]]);
	const counts = reviewCounts(state);
	const progress = reviewProgressText(counts);
	const noticeRows = state.notice ? wrapLine(state.notice, size.columns).length : 0;
	const fixed = 2 + noticeRows + hintRows(hints, size.columns);
	return (
		<KeyRouter onKey={onKey} isActive>
			{state.view === 'help' ? (
				<HelpScreen scope="review" scopes={reviewScopes} height={size.rows - 1} isActive />
			) : (
				<Box flexDirection="column">
					<Heading
						title={`Review · ${source.shown}`}
						at={Math.min(state.at + 1, counts.total)}
						total={counts.total}
					/>
					<Progress text={progress} share={counts.total ? counts.reviewed / counts.total : 1} />
					{state.notice ? <Notice text={state.notice} /> : null}
					{id === undefined ? (
						<Box height={Math.max(1, size.rows - fixed - 1)}>
							<Text>Every question seen. {reviewSummary(counts)}.</Text>
						</Box>
					) : question && fixing ? (
						<Box height={Math.max(3, size.rows - fixed - 1)} overflowY="hidden">
							<QuickFix fields={fields} field={fixing.field} onSubmit={onFixed} />
						</Box>
					) : question ? (
						<ReviewQuestion
							key={id}
							question={question}
							article={source.article}
							findings={findings(question, source.bank())}
							decision={state.decisions[id]}
							height={Math.max(3, size.rows - fixed - 1)}
							isActive
						/>
					) : (
						<Box height={Math.max(1, size.rows - fixed - 1)}>
							<Text>“{id}” was rejected (u undoes the last decision).</Text>
						</Box>
					)}
					<KeyHints hints={hints} />
				</Box>
			)}
		</KeyRouter>
	);
}

/** What each key does, in the few words the foot of the screen has room for. */
const shortAction: Record<ReviewBindingName, string> = {
	approve: 'approve',
	reject: 'reject',
	edit: 'edit',
	skip: 'skip',
	undo: 'undo',
	next: 'next',
	previous: 'back',
	quit: 'quit',
	help: 'keys',
	back: 'back',
	interrupt: 'stop',
	fix: 'fix here',
	fixPick: 'field',
	fixSave: 'save',
	fixEdit: 'edit',
	fixCancel: 'leave it',
};

function Heading({
	title,
	at,
	total,
}: {
	readonly title: string;
	readonly at: number;
	readonly total: number;
}) {
	const theme = useTheme();
	return (
		<Text bold color={theme.accent} wrap="truncate-end">
			{title} · {at}/{total}
		</Text>
	);
}

/** "████░░░░ 12 of 73 reviewed, 3 rejected", the bar as wide as the row leaves room for. */
function Progress({ text, share }: { readonly text: string; readonly share: number }) {
	const { columns } = useTerminalSize();
	const bar = Math.min(24, columns - text.length - 1);
	return (
		<Box>
			{bar >= 4 ? (
				<>
					<ProgressBar value={share} width={bar} />
					<Text> </Text>
				</>
			) : null}
			<Text wrap="truncate-end">{text}</Text>
		</Box>
	);
}

function Notice({ text }: { readonly text: string }) {
	const theme = useTheme();
	const { columns } = useTerminalSize();
	return <WrappedLine text={text} color={theme.almost} width={columns} />;
}
