import { Box } from 'ink';
import type { Article } from '../core/article.js';
import { lastAnswer, resultOf } from '../core/session.js';
import { type AppState, type BegunSession, hidesAnswers } from './app-state.js';
import { Header } from './components/header.js';
import { SaveNoticeLine } from './components/save-notice-line.js';
import type { TerminalSize } from './hooks/use-terminal-size.js';
import type { Scope } from './keymap.js';
import { ContextScreen } from './screens/context-screen.js';
import { FeedbackScreen } from './screens/feedback-screen.js';
import { QuestionScreen } from './screens/question-screen.js';
import { SummaryScreen } from './screens/summary-screen.js';

export type QuizViewProps = {
	readonly title: string;
	readonly article: Article;
	readonly state: AppState;
	readonly quiz: BegunSession;
	readonly scope: Scope;
	readonly size: TerminalSize;
	/** Milliseconds left of an exam. */
	readonly timeLeft: number | undefined;
	/** False once the app is closing. */
	readonly isActive: boolean;
	readonly onAnswer: (given: string) => void;
};

const headerRows = 3;

/**
 * A session on screen: header, a line about saving when there is news, then the question, its
 * feedback, the paragraph or the results.
 */
export function QuizView(props: QuizViewProps) {
	const { title, article, state, quiz, scope, size, timeLeft, isActive, onAnswer } = props;
	const { session } = quiz;
	const item = session.items[session.index];
	const feedback = lastAnswer(session);
	const isExam = session.rules.feedback === 'end';
	// The answer is on disk before the next question shows; a held store lock can delay it.
	const isSaving = state.waitingAt !== undefined || state.isSavingSlowly === true;
	const notice = isSaving ? 'Saving your answer…' : (state.keyHint ?? state.saveNotice);
	const result = resultOf(session, isExam);
	const isAnswerHidden = hidesAnswers(quiz);
	const body = size.rows - 1 - headerRows - (notice ? 1 : 0);
	return (
		<Box flexDirection="column">
			<Header
				title={title}
				position={Math.min(session.index + 1, session.items.length)}
				total={session.items.length}
				score={result.score}
				answered={session.answered.length}
				scored={result.total}
				width={size.columns}
				timeLeft={session.phase === 'done' ? undefined : timeLeft}
				isScoreHidden={isExam && (session.phase !== 'done' || isAnswerHidden)}
			/>
			<SaveNoticeLine notice={notice} />
			{session.phase === 'done' ? (
				<SummaryScreen
					state={session}
					seed={quiz.seed}
					isFinal={state.exit !== undefined}
					isReview={isExam}
					isAnswerHidden={isAnswerHidden}
					height={body}
					isActive={isActive && scope === 'done'}
				/>
			) : feedback && state.isContextOpen ? (
				<ContextScreen
					question={feedback.item.question}
					article={article}
					height={body}
					isActive={isActive && scope === 'context'}
				/>
			) : feedback ? (
				<FeedbackScreen
					answer={feedback}
					isLast={session.index + 1 >= session.items.length}
					height={body}
					isActive={isActive && scope === 'feedback'}
				/>
			) : item && !isSaving ? (
				<QuestionScreen
					key={session.index}
					item={item}
					error={session.error}
					isHinted={session.hinted}
					allowHints={session.rules.allowHints}
					partA={session.partA}
					height={body}
					isActive={isActive && (scope === 'choice' || scope === 'order' || scope === 'text')}
					onAnswer={onAnswer}
				/>
			) : null}
		</Box>
	);
}
