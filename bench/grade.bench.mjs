// Grading: 1,000 answer sheets of 50 answers each through the built CLI (`quizline grade`),
// against a baseline measured in the same run: node reading and JSON-parsing the same files.
// Target: under 1 s for the YAML sheets on this machine.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { interleavedMedians, ms } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const sheetCount = Number(process.env.BENCH_SHEETS ?? 1000);
const answersPerSheet = 50;
const runs = Number(process.env.BENCH_RUNS ?? 5);

/** A small seeded generator, so every run grades the same sheets. */
function rng(seed) {
	let state = seed;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/** An answer a student might give: right in one of its forms, or wrong. */
function answerFor(question, random) {
	const pick = (list) => list[Math.floor(random() * list.length)];
	const isRight = random() < 0.7;
	switch (question.type) {
		case 'choice':
			return isRight
				? pick([
						question.answer,
						String.fromCharCode(97 + question.choices.indexOf(question.answer)),
					])
				: pick(question.choices);
		case 'truefalse':
			return String(isRight ? question.answer : !question.answer);
		case 'short':
			return isRight ? pick([question.answer, ...(question.accept ?? [])]) : `${question.answer}x`;
		default:
			return isRight ? String(question.answer) : String(question.answer + 1);
	}
}

/** Write the sheets in one format; returns their paths. */
function writeSheets(dir, format, questions) {
	const random = rng(42);
	mkdirSync(path.join(dir, format));
	return Array.from({ length: sheetCount }, (_, index) => {
		const chosen = [...questions].sort(() => random() - 0.5).slice(0, answersPerSheet);
		const answers = chosen.map((question) => [question.id, answerFor(question, random)]);
		const student = `Student ${index + 1}`;
		const file = path.join(dir, format, `s${index + 1}.answers.${format}`);
		const body =
			format === 'yaml'
				? `student: ${student}\nanswers:\n${answers.map(([id, answer]) => `  ${id}: ${JSON.stringify(answer)}`).join('\n')}\n`
				: format === 'json'
					? JSON.stringify({ student, answers: Object.fromEntries(answers) }, null, 2)
					: `id,answer\n${answers.map(([id, answer]) => `${id},"${answer.replaceAll('"', '""')}"`).join('\n')}\n`;
		writeFileSync(file, body);
		return file;
	});
}

export default async function grade() {
	const bank = parse(readFileSync(path.join(root, 'questions', 'putin-xi-sco-2022.yaml'), 'utf8'));
	const dir = mkdtempSync(path.join(tmpdir(), 'quizline-bench-grade-'));
	const env = { ...process.env, QUIZLINE_STORE_DIR: path.join(dir, 'store'), NO_COLOR: '1' };
	try {
		const formats = ['yaml', 'csv', 'json'];
		const files = Object.fromEntries(
			formats.map((format) => [format, writeSheets(dir, format, bank.questions)]),
		);
		const list = path.join(dir, 'files.json');
		writeFileSync(list, JSON.stringify(files.json));
		const read = `for (const f of require(${JSON.stringify(list)})) JSON.parse(require('fs').readFileSync(f, 'utf8'))`;
		const variants = [
			['yaml', []],
			['yaml', ['--json']],
			['csv', []],
			['json', []],
		];
		const [baseline, ...times] = interleavedMedians(
			[
				{ command: process.execPath, args: ['-e', read], env },
				...variants.map(([format, extra]) => ({
					command: process.execPath,
					args: [cli, 'grade', ...extra, ...files[format]],
					env,
				})),
			],
			runs,
		);
		console.log(
			`${sheetCount} sheets × ${answersPerSheet} answers, runs per figure: ${runs} (median)`,
		);
		console.log(`node reads + JSON.parse of the JSON sheets  ${ms(baseline)}  (baseline)`);
		variants.forEach(([format, extra], index) => {
			const time = times[index];
			const perSecond = Math.round((sheetCount * answersPerSheet) / (time / 1000));
			const label = `grade ${format} ${extra.join(' ')}`.padEnd(22);
			const target = format === 'yaml' && extra.length === 0 ? ' (target < 1000 ms)' : '';
			console.log(
				`${label} ${ms(time).padStart(10)}  ${perSecond} answers/s  ratio ${(time / baseline).toFixed(2)}${target}`,
			);
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
