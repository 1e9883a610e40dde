#!/usr/bin/env node
// The entry point: parses arguments and loads only what a command needs. No JSX and no static
// import of ink or react here, so plain commands (check, validate …) start fast.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { exitCode, processIo } from './commands/io.js';
import { questionTypes } from './core/bank/kinds.js';

const io = processIo();

function positiveInt(value: string): number {
	const number = Number(value);
	if (!Number.isInteger(number) || number < 1) {
		throw new InvalidArgumentError('expected a whole number of 1 or more');
	}
	return number;
}

function tagList(value: string): string[] {
	return value
		.split(',')
		.map((tag) => tag.trim())
		.filter((tag) => tag.length > 0);
}

function typeList(value: string): string[] {
	const types = tagList(value);
	const unknown = types.filter((type) => !(questionTypes as readonly string[]).includes(type));
	if (unknown.length > 0) {
		throw new InvalidArgumentError(
			`unknown type ${unknown.join(', ')} (expected ${questionTypes.join(', ')})`,
		);
	}
	return types;
}

const program = new Command('quizline')
	.description('Train reading comprehension on an article: quiz, check answers, keep scores.')
	.version(packageJson.version)
	.showHelpAfterError('(run with --help for usage)')
	.exitOverride();

program
	.command('play', { isDefault: true })
	.description('take a quiz in the terminal (the default command)')
	.argument('[bank]', 'question bank (YAML); the bundled one when omitted')
	.option('-n, --count <n>', 'how many questions', positiveInt, 10)
	.option('--seed <seed>', 'replay the same questions and choice order')
	.option('--tags <a,b>', 'only questions with one of these tags', tagList)
	.addOption(
		new Option('--mode <mode>', 'which questions to ask')
			.choices(['practice', 'review', 'due', 'exam'])
			.default('practice'),
	)
	.option('--profile <name>', 'whose scores to use', 'default')
	.action(async (bank: string | undefined, options) => {
		const { playCommand } = await import('./commands/play.js');
		process.exitCode = await playCommand(bank, options, io);
	});

program
	.command('check')
	.description('grade one answer: exit 0 right, 1 wrong, 2 bad input')
	.argument('<id>', 'question id (see: quizline list)')
	.argument('<answer>', 'the answer to grade')
	.option('--bank <file>', 'question bank (YAML); the bundled one when omitted')
	.option('--json', 'print the verdict as JSON')
	.option('--record', "store the attempt in the profile's history (off by default)")
	.option('--profile <name>', 'whose history --record writes to', 'default')
	.action(async (id: string, answer: string, options) => {
		const { checkCommand } = await import('./commands/check.js');
		process.exitCode = await checkCommand(id, answer, options, io);
	});

program
	.command('grade')
	.description('grade answer sheets: exit 0 all right, 1 any wrong or missing, 2 bad input')
	.argument('<sheets...>', 'answer sheets (YAML, JSON or CSV id,answer); - for standard input')
	.option('--bank <file>', 'grade against this bank, whatever the sheets name')
	.option('--all', 'every question of the bank must be answered: missing ones count')
	.option('--json', 'print one JSON document (schemas/grade-result.schema.json)')
	.option('--junit <file>', 'also write JUnit XML to the file (- for standard output)')
	.action(async (sheets: string[], options) => {
		const { gradeCommand } = await import('./commands/grade.js');
		process.exitCode = await gradeCommand(sheets, options, io);
	});

program
	.command('list')
	.description('list the questions: id, type, tags and prompt (never the answers)')
	.option('--bank <file>', 'question bank (YAML); the bundled one when omitted')
	.option('--tags <a,b>', 'only questions with one of these tags', tagList)
	.option('--type <types>', `only questions of these types (${questionTypes.join(', ')})`, typeList)
	.option('--json', 'print JSON for scripts')
	.action(async (options) => {
		const { listCommand } = await import('./commands/list.js');
		process.exitCode = await listCommand(options, io);
	});

program
	.command('show')
	.description('print questions as a student sees them; the answer only with --reveal')
	.argument('<ids...>', 'question ids (see: quizline list)')
	.option('--bank <file>', 'question bank (YAML); the bundled one when omitted')
	.option('--reveal', 'also print the answer, the explanation and the quoted line')
	.option('--json', 'print JSON for scripts')
	.action(async (ids: string[], options) => {
		const { showCommand } = await import('./commands/show.js');
		process.exitCode = await showCommand(ids, options, io);
	});

program
	.command('export')
	.description(
		'write the bank for Moodle (gift), Anki (tsv), spreadsheets (csv) or programs (json)',
	)
	.addOption(
		new Option('--format <format>', 'the file format').choices(['gift', 'tsv', 'csv', 'json']),
	)
	.option('-o, --output <file>', 'write to this file (its extension may give the format)')
	.option('--bank <file>', 'question bank (YAML); the bundled one when omitted')
	.action(async (options) => {
		const { exportCommand } = await import('./commands/export.js');
		process.exitCode = await exportCommand(options, io);
	});

program
	.command('validate')
	.description('check banks: schema, unique ids, answers, quotes in the article (exit 0 or 2)')
	.argument('[banks...]', 'bank files; the bundled one when omitted')
	.action(async (banks: string[]) => {
		const { validateCommand } = await import('./commands/validate.js');
		process.exitCode = await validateCommand(banks, io);
	});

program
	.command('stats')
	.description('sessions, accuracy overall and per tag, weakest questions')
	.option('--profile <name>', 'whose scores', 'default')
	.option('--bank <file>', 'bank for tags and quotes; the bundled one when omitted')
	.option('--json', 'print JSON for scripts')
	.action(async (options) => {
		const { statsCommand } = await import('./commands/stats.js');
		process.exitCode = await statsCommand(options, io);
	});

try {
	await program.parseAsync();
} catch (error) {
	if (!(error instanceof CommanderError)) throw error;
	// Help and version end with code 0; usage mistakes are bad input (2), not commander's 1.
	const ok = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
	process.exitCode = ok || error.exitCode === 0 ? exitCode.ok : exitCode.badInput;
}
