#!/usr/bin/env node
// The entry point: parses arguments and loads only what a command needs. No JSX and no static
// import of ink or react here, so plain commands (check, validate …) start fast.
import { createRequire } from 'node:module';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { exitCode, processIo } from './commands/io.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
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

const program = new Command('quizline')
	.description('Train reading comprehension on an article: quiz, check answers, keep scores.')
	.version(version)
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
	.action(async (id: string, answer: string, options) => {
		const { checkCommand } = await import('./commands/check.js');
		process.exitCode = await checkCommand(id, answer, options, io);
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
	.command('generate')
	.description('write a question bank from a plain-text article (merges into an existing bank)')
	.argument('<article>', 'the article, a UTF-8 text file')
	.option('-o, --output <bank>', 'bank to write or merge into; YAML on stdout when omitted')
	.option(
		'--seed <seed>',
		'another seed gives other question kinds and option orders (default: quizline)',
	)
	.option('--max <n>', 'at most this many generated questions', positiveInt)
	.option('--title <title>', 'the article title written into the bank')
	.option('--force', 'replace an existing output file instead of merging into it')
	.option('--explain', 'list every rejected candidate and the rule that rejected it')
	.action(async (article: string, options) => {
		const { generateCommand } = await import('./commands/generate.js');
		process.exitCode = await generateCommand(article, options, io);
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
