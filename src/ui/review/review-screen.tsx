import { Box, Text } from 'ink';
import type { Article } from '../../core/article.js';
import type { Question } from '../../core/bank/schema.js';
import type { Finding } from '../../core/review/findings.js';
import type { Decision } from '../../core/review/review-state.js';
import { answerRows, learnerLines } from '../../format/review-text.js';
import { proseWidth } from '../../format/wrap.js';
import { Paragraph } from '../components/paragraph.js';
import { ParagraphQuote } from '../components/paragraph-quote.js';
import { ScrollBox } from '../components/scroll-box.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useTheme } from '../theme-context.js';

export type ReviewQuestionProps = {
	readonly question: Question;
	readonly article: Article;
	readonly findings: readonly Finding[];
	readonly decision: Decision | undefined;
	/** Rows it may take, its scroll line included. */
	readonly height: number;
	readonly isActive: boolean;
};

/**
 * One question for the teacher: as the learner sees it, then its key, other accepted forms and
 * distractors, the quoted line in its paragraph with the answer span marked, the explanation and
 * the findings; it scrolls when taller than the rows it has.
 */
export function ReviewQuestion(props: ReviewQuestionProps) {
	const { question, article, findings, decision, height, isActive } = props;
	const theme = useTheme();
	const width = proseWidth(useTerminalSize().columns);
	const learner = learnerLines(question);
	const meta = [question.id, question.type, question.skill, question.origin, decision]
		.filter(Boolean)
		.join(' · ');
	const line = question.source.line;
	return (
		<ScrollBox height={height} isActive={isActive}>
			<Box flexDirection="column" gap={1} width={width}>
				<Box flexDirection="column">
					<WrappedLine text={meta} color={theme.muted} width={width} />
					<Paragraph runs={[{ text: learner.prompt }]} isBold />
					{learner.rest.map((text) => {
						// A lettered choice hangs under its own first word: "  a) …".
						const [, lead = '', rest = text] = /^(\s*[a-h]\) )(.*)$/.exec(text) ?? [];
						return <WrappedLine key={text} lead={lead} text={rest} width={width} />;
					})}
				</Box>
				<Box flexDirection="column">
					{answerRows(question).map(([label, text]) => (
						<WrappedLine
							key={`${label}:${text}`}
							lead={label ? `${label}: ` : '  '}
							leadColor={label === 'Key' ? theme.right : theme.muted}
							text={text}
							isBold={label === 'Key'}
							width={width}
						/>
					))}
				</Box>
				<Box flexDirection="column">
					<Text color={theme.muted}>
						Article, line {line} of {article.lines.length}:
					</Text>
					<ParagraphQuote question={question} paragraph={article.lines[line - 1] ?? ''} />
				</Box>
				{question.explanation ? <Paragraph runs={[{ text: question.explanation }]} /> : null}
				<Findings findings={findings} width={width} />
			</Box>
		</ScrollBox>
	);
}

function Findings({
	findings,
	width,
}: {
	readonly findings: readonly Finding[];
	readonly width: number;
}) {
	const theme = useTheme();
	if (findings.length === 0) return <Text color={theme.muted}>Findings: none</Text>;
	return (
		<Box flexDirection="column">
			<Text color={theme.almost}>Findings:</Text>
			{findings.map((finding) => (
				<WrappedLine
					key={finding.rule + finding.message}
					lead="⚠ "
					text={`${finding.rule}: ${finding.message}`}
					width={width}
				/>
			))}
		</Box>
	);
}
