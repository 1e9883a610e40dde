// Wrapping text for the trainer (issue 10: a 300 KB explanation took 34 s, a 10 MB prompt never
// appeared). `wrapWords` on 30 KB, 300 KB and 3 MB, per character against 30 KB timed in the same
// run: linear work keeps every ratio near 1. Then the trainer's Paragraph drawing 1.5 KB and 10 MB,
// against the same 1.5 KB: a text past a screenful is cut, so the ratio stays near 1.
import { loadSources, median, ms } from './measure.mjs';

const prose = (length) =>
	'The summit was held in Samarkand, “balanced” 界 leaders '.repeat(length / 57);

/** Median milliseconds of `work` over `runs` runs, after one warm-up. */
function time(work, runs = 7) {
	work();
	return median(
		Array.from({ length: runs }, () => {
			const start = performance.now();
			work();
			return performance.now() - start;
		}),
	);
}

export default async function wrapBench() {
	const [{ splitWords, wrapWords }, { Paragraph }, { ThemeContext }, { createTheme }] =
		await loadSources([
			'src/format/wrap.ts',
			'src/ui/components/paragraph.tsx',
			'src/ui/theme-context.ts',
			'src/ui/theme.ts',
		]);
	const wrap = (text) => () => wrapWords(splitWords([{ text }]), 80);
	const base = prose(30_000);
	const baseline = time(wrap(base)) / base.length;
	console.log(`baseline: wrapWords on 30 KB ${ms(baseline * base.length)} (median)`);
	for (const size of [300_000, 3_000_000]) {
		const text = prose(size);
		const took = time(wrap(text), 3);
		const ratio = took / text.length / baseline;
		console.log(
			`wrapWords ${String(size / 1000).padStart(5)} KB ${ms(took).padStart(10)}  per-character ratio ${ratio.toFixed(2)}`,
		);
	}
	const React = (await import('react')).default;
	const { render } = await import('ink-testing-library');
	const theme = createTheme(false);
	const draw = (text) => () => {
		const ui = render(
			React.createElement(
				ThemeContext.Provider,
				{ value: theme },
				React.createElement(Paragraph, { runs: [{ text }], width: 80 }),
			),
		);
		ui.lastFrame();
		ui.unmount();
	};
	const small = time(draw(prose(1_500)));
	const huge = time(draw(prose(10_000_000)), 3);
	console.log(
		`Paragraph 1.5 KB ${ms(small)}, 10 MB ${ms(huge)}  ratio ${(huge / small).toFixed(2)}`,
	);
}
