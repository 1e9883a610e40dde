// A bank of `count` questions for the scale benchmarks: the bundled bank's questions over and
// over, each copy with its own id, beside a copy of its article, in a new temporary folder.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const questions = path.join(root, 'questions');

/** Writes the bank and returns its path. */
export function largeBank(count) {
	const text = readFileSync(path.join(questions, 'putin-xi-sco-2022.yaml'), 'utf8');
	const start = text.indexOf('\n  - id: ');
	const head = text.slice(0, start + 1);
	const blocks = text
		.slice(start + 1)
		.split(/\n(?= {2}- id: )/)
		.map((block) => `${block.trimEnd()}\n`);
	const copies = Array.from({ length: count }, (_, i) => {
		const block = blocks[i % blocks.length];
		const round = Math.floor(i / blocks.length);
		return round === 0 ? block : block.replace(/^( {2}- id: )(\S+)/, `$1$2-${round}`);
	});
	const dir = mkdtempSync(path.join(tmpdir(), 'quizline-bench-bank-'));
	const article = 'putin-xi-sco-2022.txt';
	copyFileSync(path.join(questions, article), path.join(dir, article));
	const bank = path.join(dir, `bank-${count}.yaml`);
	writeFileSync(bank, `${head}${copies.join('\n')}`);
	return bank;
}
