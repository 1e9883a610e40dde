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
import { questionTypes, skills } from './core/bank/kinds.js';
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

/** A comma-separated list of names, each one of `known` (a question type, a skill). */
function knownList(what: string, known: readonly string[]) {
	return (value: string): string[] => {
		const names = tagList(value);
		const unknown = names.filter((name) => !known.includes(name));
		if (unknown.length > 0) {
			throw new InvalidArgumentError(
				`unknown ${what} ${unknown.join(', ')} (expected ${known.join(', ')})`,
			);
		}
		return names;
	};
}

const typeList = knownList('type', questionTypes);
const skillList = knownList('skill', skills);

// Options several commands take, worded once.
const bankHelp = 'question bank (YAML); the bundled one when omitted';
const jsonOption = () => new Option('--json', 'print JSON for scripts');
const tagsOption = () =>
	new Option('--tags <a,b>', 'only questions with one of these tags').argParser(tagList);
const skillOption = () =>
	new Option(
		'--skill <skills>',
		`only questions that train one of these skills (${skills.join(', ')})`,
	).argParser(skillList);

const program = new Command('quizline')
	.description('Train reading comprehension on an article: quiz, check answers, keep scores.')
	.version(packageJson.version)
	.showHelpAfterError('(run with --help for usage)')
	.exitOverride();

/** A subcommand of quizline with what `--help` says of it. */
function subcommand(name: string, description: string): Command {
	return program.command(name).description(description);
}

/** A command over one bank: named as its argument or by --bank, the bundled one when neither. */
function bankCommand(name: string, description: string): Command {
	return subcommand(name, description).argument('[bank]', bankHelp).addOption(bankOption());
}

/** --bank, for commands that also take the bank as their argument. */
const bankOption = () => new Option('--bank <file>', 'the bank, when not given as the argument');

/** The bank a command was given, as its argument or as --bank; both, differing, is a mistake. */
function oneBank(command: Command, argument: string | undefined): string | undefined {
	const option = command.opts<{ bank?: string }>().bank;
	if (argument !== undefined && option !== undefined && argument !== option) {
		command.error(`error: two banks named, "${argument}" and --bank "${option}": name one`, {
			exitCode: exitCode.badInput,
		});
	}
	return argument ?? option;
}

/** A command's options with the one bank it was given (see `oneBank`) as `bank`. */
function withBank<T extends object>(command: Command, argument: string | undefined, options: T) {
	const bank = oneBank(command, argument);
	return { ...options, ...(bank === undefined ? {} : { bank }) };
}

/** The examples `--help` ends with, one command line each. */
function examples(...lines: string[]): string {
	return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
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
	.option(
		'--seed <seed>',
		'replay the session of this mode played with that seed (its questions and order)',
	)
	.addOption(tagsOption())
	.addOption(skillOption())
	.option('--time <minutes>', 'exam time limit (default: one minute per question)', minutes)
	.option('--retention <share>', 'due: desired retention, 0.7 to 0.99 (default: 0.9)', retention)
	.option('--new-per-day <n>', 'due: new questions allowed per day (default: 10)', wholeNumber)
	.option('--resume', 'continue the last unfinished session, same questions, same order')
	.option('--profile <name>', 'whose scores to use', 'default')
	.option('--name <name>', 'a quiz sheet (from assign): your name, written on your answers')
	.option('--out <file>', 'a quiz sheet: where your answers go (default: NAME.answers.yaml)')
	.option('--force', 'a quiz sheet: start again over an existing answers file')
	.addOption(bankOption())
	.addHelpText(
		'after',
		examples(
			'quizline                                  # the start screen: pick a mode',
			'quizline play --mode practice -n 5',
			'quizline play my-article.yaml --mode exam --time 8',
			'quizline play quiz.yaml --name "Ana Lima"  # a quiz sheet from assign',
		),
	)
	.action(async (argument: string | undefined, options, command: Command) => {
		const bank = oneBank(command, argument);
		// `quizline stat` would otherwise read as a bank named "stat" that does not exist.
		const names = program.commands.map((each) => each.name());
		const typo = bank && !pathExists(path.resolve(bank)) ? notACommand(bank, names) : undefined;
		if (typo) {
			io.stderr.write(`${typo}\n`);
			process.exitCode = exitCode.badInput;
			return;
		}
		const { playCommand } = await import('./commands/play.js');
		const planning = ['mode', 'count', 'seed', 'tags', 'skill', 'time'] as const;
		const given = planning.filter((name) => command.getOptionValueSource(name) === 'cli');
		process.exitCode = await playCommand(bank, { ...options, given }, io);
	});

subcommand('check', 'grade one answer: exit 0 right, 1 wrong, 2 bad input')
	.usage('[options] [bank] <id> <answer>')
	.argument('<words...>')
	.addOption(bankOption())
	.option('--json', 'print the verdict as JSON')
	.option(
		'--support <answer>',
		"part B of a two-part question: the supporting line's letter, number or text",
	)
	.option('--record', "store the attempt in the profile's history (off by default)")
	.option('--profile <name>', 'whose history --record writes to', 'default')
	.addHelpText(
		'after',
		examples(
			'quizline check trade-last-year 140bn',
			'quizline check my-article.yaml q-launch-year 2021 --json',
			'quizline check trade-last-year 14 --record --profile ana',
			'quizline check order-of-meetings c,b,a,d          # an order: the letters, earliest first',
			'quizline check why-putin-cozies-up a --support a  # a two-part question: part B too',
		),
	)
	.action(async (words: string[], options, command: Command) => {
		if (words.length < 2 || words.length > 3) {
			command.error('error: expected [bank] <id> <answer> (quote an answer with spaces)', {
				exitCode: exitCode.badInput,
			});
		}
		const [id = '', answer = ''] = words.slice(-2);
		const bank = words.length === 3 ? words[0] : undefined;
		const { checkCommand } = await import('./commands/check.js');
		process.exitCode = await checkCommand(id, answer, withBank(command, bank, options), io);
	});

subcommand('grade', 'grade answer sheets: exit 0 all right, 1 any wrong or missing, 2 bad input')
	.argument('<sheets...>', 'answer sheets (YAML, JSON or CSV id,answer); - for standard input')
	.option('--bank <file>', 'grade against this bank, whatever the sheets name')
	.option('--all', 'every question of the bank must be answered: missing ones count')
	.option('--json', 'print one JSON document (schemas/grade-result.schema.json)')
	.option('--junit <file>', 'also write JUnit XML to the file (- for standard output)')
	.option('--report <file>', 'also write the class results CSV and print the class report')
	.addHelpText(
		'after',
		examples(
			'quizline grade ana.answers.yaml',
			'quizline grade answers/*.yaml --json > results.json',
			'quizline grade answers/*.csv --junit junit.xml --report class.csv',
			'some-form-export | quizline grade - --bank my-article.yaml',
		) +
			'\nAn order is its letters, earliest first ("c,b,a,d", or [c, b, a, d] in YAML); a two-part\n' +
			'question takes { answer: a, support: b } in YAML or JSON, a "support" column in CSV:\n' +
			'  answers:\n    order-of-meetings: [c, b, a, d]\n    why-putin-cozies-up: { answer: a, support: a }\n',
	)
	.action(async (sheets: string[], options) => {
		process.exitCode = await (await import('./commands/grade.js')).gradeCommand(
			sheets,
			options,
			io,
		);
	});

bankCommand('assign', 'write a quiz sheet for homework: questions and choice order fixed')
	.option('-n, --count <n>', 'how many questions (default: 10)', positiveInt)
	.option('--seed <seed>', 'the same questions and choice order as an earlier sheet')
	.addOption(tagsOption())
	.option('-o, --output <file>', 'the quiz sheet to write; standard output when omitted')
	.option('--force', 'replace an existing file')
	.addHelpText(
		'after',
		examples(
			'quizline assign -n 5 --seed 7b-homework -o quiz.yaml',
			'quizline assign my-article.yaml --tags economy -o quiz.yaml',
		),
	)
	.action(async (argument: string | undefined, options, command: Command) => {
		process.exitCode = await (await import('./commands/assign.js')).assignCommand(
			oneBank(command, argument),
			options,
			io,
		);
	});

bankCommand('list', 'list the questions: id, type, tags and prompt (never the answers)')
	.addOption(tagsOption())
	.option('--type <types>', `only questions of these types (${questionTypes.join(', ')})`, typeList)
	.addOption(skillOption())
	.addOption(jsonOption())
	.addHelpText(
		'after',
		examples(
			'quizline list',
			'quizline list my-article.yaml --type numeric --tags economy',
			'quizline list --skill main-idea,inference',
		),
	)
	.action(async (argument: string | undefined, options, command: Command) => {
		const { listCommand } = await import('./commands/list.js');
		process.exitCode = await listCommand(withBank(command, argument, options), io);
	});

subcommand('show', 'print questions as a student sees them; the answer only with --reveal')
	.usage('[options] [bank] <ids...>')
	.argument('<ids...>', 'question ids (see: quizline list), after the bank if one is named')
	.addOption(bankOption())
	.option('--reveal', 'also print the answer, the explanation and the quoted line')
	.addOption(jsonOption())
	.addHelpText(
		'after',
		examples(
			'quizline show vocab-protracted',
			'quizline show my-article.yaml q-launch-year --reveal',
		),
	)
	.action(async (words: string[], options, command: Command) => {
		// A first word that names a bank file is the bank; question ids have no extension.
		const [first, ...rest] = words;
		const isBank = rest.length > 0 && first !== undefined && /\.(ya?ml|json)$/i.test(first);
		const shown = withBank(command, isBank ? first : undefined, options);
		const { showCommand } = await import('./commands/show.js');
		process.exitCode = await showCommand(isBank ? rest : words, shown, io);
	});

bankCommand(
	'export',
	'write the bank for Moodle (gift, moodle-xml), Anki (tsv), Canvas (qti), Kahoot (kahoot), spreadsheets (csv) or programs (json)',
)
	.addOption(
		new Option('--format <format>', 'the file format').choices([
			'gift',
			'tsv',
			'csv',
			'json',
			'moodle-xml',
			'qti',
			'kahoot',
		]),
	)
	.option('-o, --output <file>', 'write to this file (its extension may give the format)')
	.option('--bom', 'start a CSV with a UTF-8 byte order mark (the default for a file)')
	.option('--no-bom', 'no byte order mark (the default on standard output)')
	.option(
		'--timer <seconds>',
		'kahoot: time limit of each question (5, 10, 20, 30, 60, 90, 120, 240)',
	)
	.addHelpText(
		'after',
		examples(
			'quizline export --format gift -o putin-xi.gift   # Moodle: Import → GIFT',
			'quizline export -o putin-xi.xml                   # Moodle: Import → Moodle XML format',
			'quizline export -o putin-xi.zip                   # Canvas: Import course content → QTI .zip file',
			'quizline export -o putin-xi.xlsx --timer 30       # Kahoot: Create → Import spreadsheet',
			'quizline export my-article.yaml -o cards.tsv      # Anki: File → Import',
			'quizline export -o questions.csv                  # a spreadsheet: File → Open',
		),
	)
	.action(async (argument: string | undefined, options, command: Command) => {
		const { exportCommand } = await import('./commands/export.js');
		process.exitCode = await exportCommand(withBank(command, argument, options), io);
	});

subcommand(
	'validate',
	'check banks: schema, unique ids, answers, quotes in the article (exit 0 or 2)',
)
	.argument('[banks...]', 'bank files; the bundled one when omitted')
	.addOption(bankOption())
	.addHelpText('after', examples('quizline validate', 'quizline validate banks/*.yaml'))
	.action(async (banks: string[], options: { bank?: string }) => {
		const all = options.bank === undefined ? banks : [...banks, options.bank];
		process.exitCode = await (await import('./commands/validate.js')).validateCommand(all, io);
	});

subcommand('lint', 'find item-writing flaws in banks (exit 0 clean, 1 findings, 2 an invalid bank)')
	.argument('[banks...]', 'bank files; the bundled one when omitted')
	.addOption(bankOption())
	.option('--json', 'print one JSON document (format quizline-lint/1)')
	.option('--junit <file>', 'also write JUnit XML to the file (- for standard output)')
	.addHelpText(
		'after',
		examples(
			'quizline lint',
			'quizline lint banks/*.yaml --junit lint.xml',
			'quizline lint my.yaml --json',
		),
	)
	.action(async (banks: string[], options: { bank?: string; json?: boolean; junit?: string }) => {
		const all = options.bank === undefined ? banks : [...banks, options.bank];
		const { lintCommand } = await import('./commands/lint.js');
		process.exitCode = await lintCommand(all, options, io);
	});

bankCommand('review', 'go through a bank question by question: approve, reject, edit, skip')
	.addOption(
		new Option('--all', 'every question, in bank order').conflicts(['generated', 'flagged']),
	)
	.addOption(new Option('--generated', 'only generated questions').conflicts('flagged'))
	.option('--flagged', 'only questions with findings')
	.addHelpText(
		'after',
		examples(
			'quizline review article.yaml              # generated questions first, then the rest',
			'quizline review article.yaml --generated  # only what generate wrote',
			'EDITOR=nano quizline review article.yaml  # e opens the question in nano',
		) +
			'\nEvery decision is written to the bank at once: approve makes a question curated (generate\n' +
			'keeps it as it is), reject removes it and lists it under rejected: so generate never brings\n' +
			'it back. Reopening the review goes on where it stopped.\n',
	)
	.action(async (argument: string | undefined, options, command: Command) => {
		const { reviewCommand } = await import('./commands/review.js');
		process.exitCode = await reviewCommand(oneBank(command, argument), options, io);
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
	.addHelpText(
		'after',
		examples(
			'quizline generate article.txt -o article.yaml',
			'quizline generate article.txt --explain > /dev/null   # why candidates were dropped',
			'quizline play article.yaml',
		),
	)
	.action(async (article: string, options) => {
		process.exitCode = await (await import('./commands/generate.js')).generateCommand(
			article,
			options,
			io,
		);
	});

bankCommand(
	'stats',
	'accuracy over time, per tag and skill, streak, what is due, weakest questions',
)
	.option('--profile <name>', 'whose scores', 'default')
	.option('--retention <share>', 'desired retention for what is due (default: 0.9)', retention)
	.option('--new-per-day <n>', 'new questions allowed per day (default: 10)', wholeNumber)
	.addOption(jsonOption())
	.addHelpText(
		'after',
		examples('quizline stats', 'quizline stats my-article.yaml --profile ann --json'),
	)
	.action(async (argument: string | undefined, options, command: Command) => {
		const { statsCommand } = await import('./commands/stats.js');
		process.exitCode = await statsCommand(withBank(command, argument, options), io);
	});

subcommand('reset', 'delete a profile’s answers and sessions (asks first; exit 1 if declined)')
	.option('--profile <name>', 'whose progress to delete', 'default')
	.option('-y, --yes', 'do not ask (for scripts)')
	.addHelpText(
		'after',
		examples('quizline reset --profile ann', 'quizline reset --profile ann --yes'),
	)
	.action(async (options) => {
		process.exitCode = await (await import('./commands/reset.js')).resetCommand(options, io);
	});

bankCommand('host', 'run a live quiz for a class: students answer from their own terminals')
	.option('-n, --count <n>', 'how many questions', positiveInt, 10)
	.option('--seed <seed>', 'the same questions and choice order as an earlier run')
	.addOption(tagsOption())
	.option('--timer <seconds>', 'seconds to answer each question', positiveInt, 30)
	.option('--port <port>', 'port to listen on, 0 for any free one', portNumber, defaultPort)
	.addOption(
		new Option('--bind <address>', 'address to listen on').default(
			'0.0.0.0',
			'0.0.0.0, every interface',
		),
	)
	.option('--speed-bonus', 'faster right answers earn more points (500 to 1000)')
	.option('--local', 'projector mode: one screen for the room, no network')
	.option('-o, --out <file>', 'results CSV (default: quizline-class-<date>-<time>.csv)')
	.option('--force', 'replace the results file named by -o if it exists')
	.addHelpText(
		'after',
		examples(
			'quizline host --count 5 --timer 30           # students join over the network',
			'quizline host my-article.yaml --bind 127.0.0.1 --port 8000',
			'quizline host --local                        # projector mode: one screen',
		),
	)
	.action(async (argument: string | undefined, options, command: Command) => {
		process.exitCode = await (await import('./commands/host.js')).hostCommand(
			oneBank(command, argument),
			options,
			io,
		);
	});

subcommand('join', 'join a live class quiz from your own terminal')
	.argument('<address>', "the address on the teacher's screen, e.g. 192.168.1.20:7373")
	.requiredOption('--code <code>', "the join code on the teacher's screen")
	.requiredOption('--name <name>', 'your name as the class will see it')
	.option('--token <token>', 'rejoin as the same student after a drop (shown on your screen)')
	.addHelpText(
		'after',
		examples(
			'quizline join 192.168.1.20:7373 --code K7QX-2M4P --name Ann',
			'quizline join 192.168.1.20:7373 --code K7QX-2M4P --name Ann --token 3f9c…',
		),
	)
	.action(async (address: string, options) => {
		process.exitCode = await (await import('./commands/join.js')).joinCommand(address, options, io);
	});

subcommand('report', 'the per-question class report from a results CSV (host or grade --report)')
	.argument('<file>', 'results CSV')
	.addOption(jsonOption())
	.addHelpText(
		'after',
		examples(
			'quizline report quizline-class-2024-05-01-1030.csv',
			'quizline report class.csv --json',
		),
	)
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
