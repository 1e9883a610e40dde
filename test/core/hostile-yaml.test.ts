import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseAssignment } from '../../src/core/assignment/parse.js';
import { formatIssue } from '../../src/core/bank/issue.js';
import { parseBank } from '../../src/core/bank/parse.js';
import { parseSheet } from '../../src/core/sheet/parse-sheet.js';
import { scanYaml } from '../../src/core/yaml/scan-yaml.js';

// YAML that ended in a stack trace or "Maximum call stack size exceeded" (issue 10): every case
// is a `file:line:col` problem now, for banks, quiz sheets and answer sheets alike.

const bomb = [
	'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
	...'bcdefgh'
		.split('')
		.map((name, i) => `${name}: &${name} [${`*${'abcdefg'[i]}, `.repeat(8)}*${'abcdefg'[i]}]`),
].join('\n');
const nestedFlow = `answers: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
const nestedMaps = `${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`;

const bankIssues = (text: string) => {
	const parsed = parseBank(text, 'bank.yaml');
	return parsed.ok ? [] : parsed.issues.map(formatIssue);
};
const sheetIssues = (text: string) => {
	const parsed = parseSheet(text, 'ana.yaml');
	return parsed.ok ? [] : parsed.issues.map(formatIssue);
};

describe('hostile YAML in a bank', () => {
	it('an alias bomb is refused at its first alias', () => {
		expect(bankIssues(bomb)).toEqual([
			'bank.yaml:2:8: too many aliases: they would expand into too much data (at most 100 alias expansions)',
		]);
	});

	it('an alias to a missing anchor names the alias', () => {
		expect(bankIssues('article:\n  file: *nowhere\n')).toEqual([
			'bank.yaml:2:9: alias *nowhere refers to no anchor (an anchor &nowhere must come before it)',
		]);
	});

	it('20,000 nested flow sequences and 3,000 nested maps are refused where they get too deep', () => {
		expect(bankIssues(nestedFlow)).toEqual([
			'bank.yaml:1:73: nested too deeply: more than 64 levels of maps and lists',
		]);
		expect(bankIssues(nestedMaps)).toEqual([
			'bank.yaml:65:68: nested too deeply: more than 64 levels of maps and lists',
		]);
	});

	it('a quiz sheet gets the same checks', () => {
		const parsed = parseAssignment(nestedFlow, 'quiz.yaml');
		expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([
			'quiz.yaml:1:73: nested too deeply: more than 64 levels of maps and lists',
		]);
	});

	it('repeated keys are still found, at their second use', () => {
		expect(bankIssues('article: {}\narticle: {}\n')).toEqual([
			'bank.yaml:2:1: Map keys must be unique ("article" is also on line 1)',
		]);
	});
	it('200,000 repeated keys: the first 50 problems, then how many more, no stack overflow', () => {
		const issues = bankIssues(`extra:\n${'  k: 1\n'.repeat(200_001)}`);
		expect(issues).toHaveLength(51);
		expect(issues[0]).toBe('bank.yaml:3:3: Map keys must be unique ("k" is also on line 2)');
		expect(issues[50]).toBe('bank.yaml: … and 199,950 more problems in this file');
	});
});

describe('hostile YAML in an answer sheet', () => {
	it('aliases, nesting and repeated keys are problems with their place', () => {
		expect(sheetIssues('answers:\n  a: *x\n')).toEqual([
			'ana.yaml:2:6: question "a": alias *x refers to no anchor (an anchor &x must come before it)',
		]);
		expect(sheetIssues(nestedFlow)).toEqual([
			'ana.yaml:1:73: nested too deeply: more than 64 levels of maps and lists',
		]);
		expect(sheetIssues(nestedMaps)[0]).toMatch(/^ana\.yaml:65:68: nested too deeply/);
	});

	it('500,000 answers in one flow map are refused where the count runs over', () => {
		const entries = Array.from({ length: 500_000 }, (_, i) => `q${i}: a`);
		const issues = sheetIssues(`answers: {${entries.join(', ')}}\n`);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatch(
			/^ana\.yaml:1:\d+: too many entries: more than 40,100 entries \(a sheet holds at most 20,000 answers\)$/,
		);
		// Refused after reading about a twelfth of it: the count, not the whole map, decides.
		const col = Number(/:1:(\d+):/.exec(issues[0] as string)?.[1]);
		expect(col).toBeLessThan(20_100 * 12);
	});

	it('a flow map of 19,000 answers with one key repeated at the end finds the repeat', () => {
		const entries = Array.from({ length: 19_000 }, (_, i) => `q${i}: a`);
		expect(sheetIssues(`answers: {${entries.join(', ')}, q7: b}\n`)).toEqual([
			expect.stringMatching(
				/^ana\.yaml:1:\d+: Map keys must be unique \("q7" is also on line 1\)$/,
			),
		]);
	});

	it('more answers than a sheet holds are refused in every format', () => {
		const ids = Array.from({ length: 20_001 }, (_, i) => `q${i}`);
		const expected = 'too many answers: a sheet holds at most 20,000, and this is answer 20,001';
		const yaml = `answers:\n${ids.map((id) => `  ${id}: a\n`).join('')}`;
		expect(sheetIssues(yaml)).toEqual([`ana.yaml:20002:3: ${expected}`]);
		const csv = `id,answer\n${ids.map((id) => `${id},a\n`).join('')}`;
		const fromCsv = parseSheet(csv, 'ana.csv');
		expect(fromCsv.ok ? [] : fromCsv.issues.map(formatIssue)).toEqual([
			`ana.csv:20002:1: ${expected}`,
		]);
	});
});

/** Nested lists and maps of a given depth, as the YAML library writes them. */
const nested = (depth: number, isMap: (level: number) => boolean): unknown => {
	let value: unknown = 'leaf';
	for (let level = depth - 1; level >= 0; level--) value = isMap(level) ? { k: value } : [value];
	return value;
};

describe('scanYaml', () => {
	it('never refuses 32 levels, always refuses 129, and what it lets through the library reads', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 300 }),
				fc.func(fc.boolean()),
				fc.boolean(),
				(depth, isMap, isFlow) => {
					const value = nested(depth, isMap);
					const text = stringify(value, isFlow ? { collectionStyle: 'flow' } : {});
					const excess = scanYaml(text, { maxDepth: 64, maxItems: Infinity });
					if (depth <= 32) expect(excess).toBeUndefined();
					if (depth > 128) expect(excess?.limit).toBe('depth');
					if (!excess) expect(parse(text)).toEqual(value);
				},
			),
			{ numRuns: 100 },
		);
	});
});
