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

function portNumber(value: string): number {
	const number = Number(value);
	if (!Number.isInteger(number) || number < 0 || number > 65_535) {
		throw new InvalidArgumentError('expected a port from 1 to 65535 (0 picks a free one)');
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
	.command('stats')
	.description('sessions, accuracy overall and per tag, weakest questions')
	.option('--profile <name>', 'whose scores', 'default')
	.option('--bank <file>', 'bank for tags and quotes; the bundled one when omitted')
	.option('--json', 'print JSON for scripts')
	.action(async (options) => {
		const { statsCommand } = await import('./commands/stats.js');
		process.exitCode = await statsCommand(options, io);
	});

program
	.command('host')
	.description('run a live quiz for a class: students answer from their own terminals')
	.argument('[bank]', 'question bank (YAML); the bundled one when omitted')
	.option('-n, --count <n>', 'how many questions', positiveInt, 10)
	.option('--seed <seed>', 'the same questions and choice order as an earlier run')
	.option('--tags <a,b>', 'only questions with one of these tags', tagList)
	.option('--timer <seconds>', 'seconds to answer each question', positiveInt, 30)
	.option('--port <port>', 'port to listen on (0 picks a free one)', portNumber, 7373)
	.option('--bind <address>', 'address to listen on: all interfaces by default', '0.0.0.0')
	.option('--speed-bonus', 'faster right answers earn more points (500 to 1000)')
	.option('--local', 'projector mode: one screen for the room, no network')
	.option('-o, --out <file>', 'results CSV (default: quizline-class-<date>-<time>.csv)')
	.action(async (bank: string | undefined, options) => {
		const { hostCommand } = await import('./commands/host.js');
		process.exitCode = await hostCommand(bank, options, io);
	});

program
	.command('join')
	.description('join a live class quiz from your own terminal')
	.argument('<address>', "the address on the teacher's screen, e.g. 192.168.1.20:7373")
	.requiredOption('--code <code>', "the join code on the teacher's screen")
	.requiredOption('--name <name>', 'your name as the class will see it')
	.option('--token <token>', 'rejoin as the same student after a drop (shown on your screen)')
	.action(async (address: string, options) => {
		const { joinCommand } = await import('./commands/join.js');
		process.exitCode = await joinCommand(address, options, io);
	});

program
	.command('report')
	.description('the per-question class report from a results CSV (written by host)')
	.argument('<file>', 'results CSV')
	.option('--json', 'print JSON for scripts')
	.action(async (file: string, options) => {
		const { reportCommand } = await import('./commands/report.js');
		process.exitCode = await reportCommand(file, options, io);
	});

try {
	await program.parseAsync();
} catch (error) {
	if (!(error instanceof CommanderError)) throw error;
	// Help and version end with code 0; usage mistakes are bad input (2), not commander's 1.
	const ok = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
	process.exitCode = ok || error.exitCode === 0 ? exitCode.ok : exitCode.badInput;
}
