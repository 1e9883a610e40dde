import path from 'node:path';
import { parseBank } from '../core/bank/parse.js';
import { writeAtomically } from '../files/atomic-write.js';
import { placeSchemaBeside } from '../files/bank-schema.js';
import { writeErrorWords } from '../files/file-error.js';
import { inputLimit } from '../files/input-limit.js';
import { pathExists } from '../files/path-exists.js';
import { readBytes, readText } from '../files/read-text.js';
import type { LexiconData } from '../generate/facts/lexicon.js';
import { decodeArticle } from '../generate/read/decode-article.js';
import { type CommandIo, exitCode } from './io.js';
import { reportIssues } from './report-issues.js';

/** The options of `quizline generate`, as commander parses them. */
export type GenerateCommandOptions = {
	readonly output?: string;
	readonly seed?: string;
	readonly max?: number;
	readonly title?: string;
	readonly force?: boolean;
	readonly explain?: boolean;
};

/**
 * `quizline generate ARTICLE [-o BANK]`: write a bank from an article, merging into an existing
 * bank (its curated questions kept as they are) unless `--force`. Exit 0, or 2 on bad input.
 */
export async function generateCommand(
	articleArg: string,
	options: GenerateCommandOptions,
	io: CommandIo,
): Promise<number> {
	const articlePath = path.resolve(io.cwd, articleArg);
	const limit = inputLimit(io.env);
	const bytes = readBytes(articlePath, limit);
	if (bytes instanceof Error)
		return fail(io, `${articleArg}: cannot read the article: ${bytes.message}`);
	const decoded = decodeArticle(bytes);
	if (!decoded.ok) {
		const place = decoded.line > 0 ? `${articleArg}:${decoded.line}:${decoded.col}` : articleArg;
		return fail(io, `${place}: ${decoded.message}`);
	}
	const output = options.output === undefined ? undefined : path.resolve(io.cwd, options.output);
	const shownOutput = options.output ?? '<stdout>';
	const existing =
		output && !options.force && pathExists(output)
			? readExisting(output, articlePath, shownOutput, limit)
			: undefined;
	if (existing && !existing.ok) return fail(io, existing.message);
	const bankDir = output ? path.dirname(output) : io.cwd;
	// The NLP lexicon loads only once the input is known to be good.
	const { defaultSeed, generateBank } = await import('../generate/generate-bank.js');
	const { formatReport } = await import('../generate/write/report.js');
	const lexicon = await loadLexicon(io);
	const result = generateBank({
		articleText: decoded.text,
		articleFile: path.relative(bankDir, articlePath).split(path.sep).join('/'),
		bankFile: shownOutput,
		seed: options.seed ?? defaultSeed,
		...(options.max === undefined ? {} : { max: options.max }),
		...(options.title === undefined ? {} : { title: options.title }),
		...(existing?.ok ? { existing: existing.text } : {}),
		...(lexicon ? { lexicon } : {}),
	});
	if (!result.ok) return reportIssues(result.issues, io);
	const report = formatReport(result.report, shownOutput, options.explain ?? false).join('\n');
	if (!output) {
		io.stdout.write(result.yaml);
		io.stderr.write(`${report}\n`);
		return exitCode.ok;
	}
	if (existing?.ok && existing.text === result.yaml) {
		io.stdout.write(`${shownOutput}: unchanged\n`);
	} else {
		try {
			writeAtomically(output, result.yaml); // a failed write never leaves half a bank
		} catch (error) {
			return fail(io, `${shownOutput}: cannot write the bank: ${writeErrorWords(error)}`);
		}
	}
	io.stdout.write(`${report}\n${nextSteps(output, shownOutput)}`);
	return exitCode.ok;
}

/** What to do with a bank just written: its schema beside it for editors, and how to play it. */
function nextSteps(output: string, shown: string): string {
	const placed = placeSchemaBeside(output);
	const schema =
		placed instanceof Error
			? `schema.json could not be written beside it (${placed.message}); editors will not check it\n`
			: placed === 'foreign'
				? 'schema.json beside it is not quizline’s: editors will check the bank against that file\n'
				: placed === 'present'
					? ''
					: `${placed === 'written' ? 'Wrote' : 'Updated'} schema.json beside it: editors check the bank as you edit\n`;
	const name = /^[\w./@+-]+$/.test(shown) ? shown : `'${shown.replaceAll("'", "'\\''")}'`;
	return `${schema}Next: quizline play ${name}   (or look first: quizline list ${name})\n`;
}

function fail(io: CommandIo, message: string): number {
	io.stderr.write(`${message}\n`);
	return exitCode.badInput;
}

type Existing =
	| { readonly ok: true; readonly text: string }
	| { readonly ok: false; readonly message: string };

/** An existing output bank to merge into: it must be a bank, and a bank of this article. */
function readExisting(output: string, articlePath: string, shown: string, limit: number): Existing {
	const refuse = (why: string) => ({
		ok: false as const,
		message: `${shown}: ${why}; use --force to replace it`,
	});
	const text = readText(output, limit);
	if (text instanceof Error) return refuse(`cannot read the existing file (${text.message})`);
	const parsed = parseBank(text, shown);
	if (!parsed.ok) {
		const first = parsed.issues[0];
		const where = first && first.line > 0 ? ` (line ${first.line}: ${first.message})` : '';
		return refuse(`exists and is not a valid bank${where}, so it cannot be merged into`);
	}
	const bankArticle = path.resolve(path.dirname(output), parsed.bank.article.file);
	if (bankArticle !== articlePath) {
		return refuse(`exists and is the bank of another article (${parsed.bank.article.file})`);
	}
	return { ok: true, text };
}

/** The word senses vocabulary questions are asked from; without them, a warning and none. */
async function loadLexicon(io: CommandIo) {
	const { readVocabularyData } = await import('../files/vocabulary-file.js');
	const { lexiconFrom } = await import('../generate/facts/lexicon.js');
	const data = readVocabularyData();
	if (data instanceof Error) {
		io.stderr.write(`warning: no vocabulary questions: ${data.message}\n`);
		return undefined;
	}
	return lexiconFrom(data as LexiconData);
}
