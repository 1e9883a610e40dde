// `quizline generate` on 1 MB of each pathological kind of text, against 1 MB of prose timed in
// the same run. The generator should be linear on any text: every ratio within 3.

import { prose, timeGenerate } from './generate.bench.mjs';
import { ms } from './measure.mjs';

const MB = 1_000_000;
const fill = (piece) => piece.repeat(Math.ceil(MB / piece.length)).slice(0, MB);
const words = ['Alpha', 'Beta', 'Gamma', 'Kazakhstan', 'Putin', 'Union', 'Bank', 'Court'];

/** Each kind of text that once took super-linear time or crashed the generator. */
const kinds = {
	'one 1 MB line': () => prose(MB).replaceAll('\n', ' '),
	'a run of digits': () => '7'.repeat(MB),
	'unbalanced quotes': () => fill('He said “this is open and never closed, '),
	'capitalised words': () => fill(words.map((word, i) => `${word}${i % 3 ? ' ' : ', '}`).join('')),
	'numbers and dates': () =>
		fill('In 2019, 45% of 1,200 people paid $3.5 billion on 12 March 2020 and 4 May 2021. '),
	'many quotes': () => fill('“We will win,” Putin said. “No,” Xi said, “we will.” '),
	'mixed scripts': () =>
		fill('Путин сказал 习近平 said “مرحبا” in Ташкент. Xi met Putin in Samarkand. '),
	punctuation: () => fill('!?.,;:…—"“”()[]'),
	'short lines': () => fill('Xi met Putin in 2022.\n'),
};

export default async function generateHostile() {
	await timeGenerate(prose(50_000)); // warm-up: the NLP lexicon loads once per process
	const baseline = (await timeGenerate(prose(MB))).time;
	console.log(`baseline: 1 MB of prose ${ms(baseline)} (median, in process)`);
	let worst = 0;
	for (const [name, make] of Object.entries(kinds)) {
		const { time, questions } = await timeGenerate(make(), { mayYieldNothing: true });
		worst = Math.max(worst, time / baseline);
		const ratio = (time / baseline).toFixed(2);
		console.log(
			`${name.padEnd(18)} ${ms(time).padStart(11)}  ratio ${ratio}  ${questions} questions`,
		);
	}
	console.log(`worst ratio to prose: ${worst.toFixed(2)} (target within 3)`);
}
