import { Box, Text } from 'ink';
import { WrappedLine } from '../components/wrapped-line.js';
import { useTheme } from '../theme-context.js';

export type OptionGridProps = {
	readonly options: readonly string[];
	readonly width: number;
};

/** The choices in large numbered boxes, two to a row when the screen is wide enough. */
export function OptionGrid({ options, width }: OptionGridProps) {
	const theme = useTheme();
	const columns = width >= 70 && options.length > 1 ? 2 : 1;
	const boxWidth = Math.floor(width / columns) - 1;
	return (
		<Box flexWrap="wrap" width={width}>
			{options.map((option, index) => (
				<Box key={option} width={boxWidth} borderStyle="round" paddingX={1} gap={2} marginRight={1}>
					<Text bold color={theme.accent}>
						{index + 1}
					</Text>
					<WrappedLine text={option} isBold width={boxWidth - 6 - String(index + 1).length} />
				</Box>
			))}
		</Box>
	);
}
