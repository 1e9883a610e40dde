#!/usr/bin/env node
import path from 'node:path';
// The entry point: parses arguments and loads only what a command needs. No JSX and no static
// import of ink or react here, so plain commands (check, validate …) start fast.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { notACommand } from './commands/command-name.js';
import { defaultPort } from './commands/context.js';
import { exitCode, processIo } from './commands/io.js';
import { installOutputGuard } from './commands/output-guard.js';
import { deliverPendingSignals } from './commands/pending-signals.js';
import { questionTypes } from './core/bank/kinds.js';
import { pathExists } from './files/path-exists.js';

// No text a bank, an article, a sheet or the network holds may drive the terminal.
installOutputGuard(process.stdout, process.env);
installOutputGuard(process.stderr, process.env);
const io = processIo();
// A reader that stops early (`quizline stats | head`) is not an error: end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') throw error;
	process.exit(exitCode.ok);
});

/** An option's number parser: `isValid` decides, `expected` says what was wanted. */
function numberArgument(isValid: (number: number) => boolean, expected: string) {
	return (value: string): number => {
		const number = Number(value);
		if (!isValid(number)) throw new InvalidArgumentError(`expected ${expected}`);
		return number;
	};
}

const positiveInt = numberArgument(
	(n) => Number.isInteger(n) && n >= 1,
	'a whole number of 1 or more',
);
const wholeNumber = numberArgument(
	(n) => Number.isInteger(n) && n >= 0,
	'a whole number of 0 or more',
);
const retention = numberArgument(
	(n) => n >= 0.7 && n <= 0.99,
	'a share between 0.7 and 0.99, e.g. 0.9',
);
const minutes = numberArgument(
	(n) => n > 0 && n <= 24 * 60,
	'minutes, more than 0, e.g. 10 or 2.5',
);
const portNumber = numberArgument(
	(n) => Number.isInteger(n) && n >= 0 && n <= 65_535,
	'a port from 1 to 65535 (0 picks a free one)',
);

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

// Options several commands take, worded once.
const bankHelp = 'question bank (YAML); the bundled one when omitted';
const jsonOption = () => new Option('--json', 'print JSON for scripts');
const tagsOption = () =>
	new Option('--tags <a,b>', 'only questions with one of these tags').argParser(tagList);

const program = new Command('quizline')
	.description('Train reading comprehension on an article: quiz, check answers, keep scores.')
	.version(packageJson.version)
	.showHelpAfterError('(run with --help for usage)')
	.exitOverride();

/** A subcommand of quizline with what `--help` says of it. */
function subcommand(name: string, description: string): Command {
	return program.command(name).description(description);
}

/** A command over one bank, the bundled one unless --bank names another. */
function bankCommand(name: string, description: string): Command {
	return subcommand(name, description).option('--bank <file>', bankHelp);
}

program
	.command('play', { isDefault: true })
	.description('take a quiz in the terminal (the default command)')
	.argument('[bank]', bankHelp)
	.addOption(
		new Option(
			'--mode <mode>',
			'practice, review (missed ones), due (spaced repetition) or exam; a menu when omitted',
		).choices(['practice', 'review', 'due', 'exam']),
	)
	.option(
		'-n, --count <n>',
		'how many questions (practice and exam: 10; review and due: all)',
		positiveInt,
	)
	.option('--seed <seed>', 'replay the same questions and choice order')
	.addOption(tagsOption())
	.option('--time <minutes>', 'exam time limit (default: one minute per question)', minutes)
	.option('--retention <share>', 'due: desired retention, 0.7 to 0.99 (default 0.9)', retention)
	.option('--new-per-day <n>', 'due: new questions allowed per day (default 10)', wholeNumber)
	.option('--resume', 'continue the last unfinished session, same questions, same order')
	.option('--profile <name>', 'whose scores to use', 'default')
	.option('--name <name>', 'a quiz sheet (from assign): your name, written on your answers')
	.option('--out <file>', 'a quiz sheet: where your answers go (default: NAME.answers.yaml)')
	.option('--force', 'a quiz sheet: replace an answers file that has another name on it')
	.action(async (bank: string | undefined, options, command: Command) => {
		// `quizline stat` would otherwise read as a bank named "stat" that does not exist.
		const names = program.commands.map((each) => each.name());
		const typo = bank && !pathExists(path.resolve(bank)) ? notACommand(bank, names) : undefined;
		if (typo) {
			io.stderr.write(`${typo}\n`);
			process.exitCode = exitCode.badInput;
			return;
		}
		const { playCommand } = await import('./commands/play.js');
		const planning = ['mode', 'count', 'seed', 'tags', 'time'] as const;
		const given = planning.filter((name) => command.getOptionValueSource(name) === 'cli');
		process.exitCode = await playCommand(bank, { ...options, given }, io);
	});

bankCommand('check', 'grade one answer: exit 0 right, 1 wrong, 2 bad input')
	.argument('<id>', 'question id (see: quizline list)')
	.argument('<answer>', 'the answer to grade')
	.option('--json', 'print the verdict as JSON')
	.option('--record', "store the attempt in the profile's history (off by default)")
	.option('--profile <name>', 'whose history --record writes to', 'default')
	.action(async (id: string, answer: string, options) => {
		process.exitCode = await (await import('./commands/check.js')).checkCommand(
			id,
			answer,
			options,
			io,
		);
	});

subcommand('grade', 'grade answer sheets: exit 0 all right, 1 any wrong or missing, 2 bad input')
	.argument('<sheets...>', 'answer sheets (YAML, JSON or CSV id,answer); - for standard input')
	.option('--bank <file>', 'grade against this bank, whatever the sheets name')
	.option('--all', 'every question of the bank must be answered: missing ones count')
	.option('--json', 'print one JSON document (schemas/grade-result.schema.json)')
	.option('--junit <file>', 'also write JUnit XML to the file (- for standard output)')
	.option('--report <file>', 'also write the class results CSV and print the class report')
	.action(async (sheets: string[], options) => {
		process.exitCode = await (await import('./commands/grade.js')).gradeCommand(
			sheets,
			options,
			io,
		);
	});

subcommand('assign', 'write a quiz sheet for homework: questions and choice order fixed')
	.argument('[bank]', bankHelp)
	.option('-n, --count <n>', 'how many questions (default 10)', positiveInt)
	.option('--seed <seed>', 'the same questions and choice order as an earlier sheet')
	.addOption(tagsOption())
	.option('-o, --output <file>', 'the quiz sheet to write; standard output when omitted')
	.option('--force', 'replace an existing file')
	.action(async (bank: string | undefined, options) => {
		process.exitCode = await (await import('./commands/assign.js')).assignCommand(
			bank,
			options,
			io,
		);
	});

bankCommand('list', 'list the questions: id, type, tags and prompt (never the answers)')
	.addOption(tagsOption())
	.option('--type <types>', `only questions of these types (${questionTypes.join(', ')})`, typeList)
	.addOption(jsonOption())
	.action(async (options) => {
		process.exitCode = await (await import('./commands/list.js')).listCommand(options, io);
	});

bankCommand('show', 'print questions as a student sees them; the answer only with --reveal')
	.argument('<ids...>', 'question ids (see: quizline list)')
	.option('--reveal', 'also print the answer, the explanation and the quoted line')
	.addOption(jsonOption())
	.action(async (ids: string[], options) => {
		process.exitCode = await (await import('./commands/show.js')).showCommand(ids, options, io);
	});

bankCommand(
	'export',
	'write the bank for Moodle (gift), Anki (tsv), spreadsheets (csv) or programs (json)',
)
	.addOption(
		new Option('--format <format>', 'the file format').choices(['gift', 'tsv', 'csv', 'json']),
	)
	.option('-o, --output <file>', 'write to this file (its extension may give the format)')
	.action(async (options) => {
		process.exitCode = await (await import('./commands/export.js')).exportCommand(options, io);
	});

subcommand(
	'validate',
	'check banks: schema, unique ids, answers, quotes in the article (exit 0 or 2)',
)
	.argument('[banks...]', 'bank files; the bundled one when omitted')
	.action(async (banks: string[]) => {
		process.exitCode = await (await import('./commands/validate.js')).validateCommand(banks, io);
	});

subcommand(
	'generate',
	'write a question bank from a plain-text article (merges into an existing bank)',
)
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
		process.exitCode = await (await import('./commands/generate.js')).generateCommand(
			article,
			options,
			io,
		);
	});

subcommand('stats', 'accuracy over time, per tag and skill, streak, what is due, weakest questions')
	.option('--profile <name>', 'whose scores', 'default')
	.option('--bank <file>', 'bank for tags and quotes; the bundled one when omitted')
	.option('--retention <share>', 'desired retention for what is due (default 0.9)', retention)
	.option('--new-per-day <n>', 'new questions allowed per day (default 10)', wholeNumber)
	.addOption(jsonOption())
	.action(async (options) => {
		process.exitCode = await (await import('./commands/stats.js')).statsCommand(options, io);
	});

subcommand('reset', 'delete a profile’s answers and sessions (asks first; exit 1 if declined)')
	.option('--profile <name>', 'whose progress to delete', 'default')
	.option('-y, --yes', 'do not ask (for scripts)')
	.action(async (options) => {
		process.exitCode = await (await import('./commands/reset.js')).resetCommand(options, io);
	});

subcommand('host', 'run a live quiz for a class: students answer from their own terminals')
	.argument('[bank]', bankHelp)
	.option('-n, --count <n>', 'how many questions', positiveInt, 10)
	.option('--seed <seed>', 'the same questions and choice order as an earlier run')
	.addOption(tagsOption())
	.option('--timer <seconds>', 'seconds to answer each question', positiveInt, 30)
	.option('--port <port>', 'port to listen on (0 picks a free one)', portNumber, defaultPort)
	.option('--bind <address>', 'address to listen on: all interfaces by default', '0.0.0.0')
	.option('--speed-bonus', 'faster right answers earn more points (500 to 1000)')
	.option('--local', 'projector mode: one screen for the room, no network')
	.option('-o, --out <file>', 'results CSV (default: quizline-class-<date>-<time>.csv)')
	.action(async (bank: string | undefined, options) => {
		process.exitCode = await (await import('./commands/host.js')).hostCommand(bank, options, io);
	});

subcommand('join', 'join a live class quiz from your own terminal')
	.argument('<address>', "the address on the teacher's screen, e.g. 192.168.1.20:7373")
	.requiredOption('--code <code>', "the join code on the teacher's screen")
	.requiredOption('--name <name>', 'your name as the class will see it')
	.option('--token <token>', 'rejoin as the same student after a drop (shown on your screen)')
	.action(async (address: string, options) => {
		process.exitCode = await (await import('./commands/join.js')).joinCommand(address, options, io);
	});

subcommand('report', 'the per-question class report from a results CSV (written by host)')
	.argument('<file>', 'results CSV')
	.addOption(jsonOption())
	.action(async (file: string, options) => {
		process.exitCode = await (await import('./commands/report.js')).reportCommand(
			file,
			options,
			io,
		);
	});

try {
	await program.parseAsync();
} catch (error) {
	if (!(error instanceof CommanderError)) throw error;
	// Help and version end with code 0; usage mistakes are bad input (2), not commander's 1.
	const ok = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
	process.exitCode = ok || error.exitCode === 0 ? exitCode.ok : exitCode.badInput;
}
await deliverPendingSignals();
