import { describe, expect, it } from 'vitest';
import type { GradeRun } from '../../src/core/sheet/grade-run.js';
import { gradeSheet } from '../../src/core/sheet/grade-sheet.js';
import { loadBank } from '../../src/files/load-bank.js';
import { formatJunit, xml } from '../../src/format/junit.js';
import { formatGradeRun } from '../../src/format/sheet-text.js';
import { createStyle } from '../../src/format/style.js';

const loaded = loadBank();
if (!loaded.ok) throw new Error('the bundled bank must load');

function runOf(answers: Record<string, string | null>, issues: GradeRun['issues'] = []): GradeRun {
	const sheet = {
		file: 'ana.yaml',
		student: 'Ana <A&B>',
		bank: null,
		answers: Object.entries(answers).map(([id, answer]) => ({ id, answer, line: 1, col: 1 })),
	};
	const result = gradeSheet(loaded.ok ? loaded.bank.questions : [], sheet);
	if (!result.ok) throw new Error('sheet must grade');
	return {
		entries: [{ graded: result.graded, bank: 'putin-xi-sco-2022', articleFile: 'a.txt' }],
		issues,
	};
}

describe('formatJunit', () => {
	it('has one suite per sheet and one per file with issues, counts that add up', () => {
		const run = runOf({ 'trade-last-year': '140bn', 'sco-member-count': null }, [
			{ file: 'b.yaml', line: 2, col: 3, questionId: 'x', message: 'no such question' },
		]);
		const report = formatJunit(run);
		expect(report).toContain(
			'<testsuites name="quizline grade" tests="3" failures="1" errors="1">',
		);
		expect(report).toContain(
			'<testsuite name="ana.yaml (Ana &lt;A&amp;B&gt;)" tests="2" failures="1"',
		);
		expect(report).toContain(
			'<testcase classname="quizline.putin-xi-sco-2022" name="trade-last-year"/>',
		);
		expect(report).toContain(
			'<error message="no such question" type="invalid-input">b.yaml:2:3: question &quot;x&quot;: no such question</error>',
		);
		expect(report.match(/<testsuite /g)).toHaveLength(2);
	});

	it('escapes markup and drops characters XML cannot hold', () => {
		expect(xml('a<b>&"c\'\u0000\u0007\uD800z')).toBe(
			'a&lt;b&gt;&amp;&quot;c&apos;\uFFFD\uFFFD\uFFFDz',
		);
		expect(xml('tab\tand\nline 😀')).toBe('tab\tand\nline 😀');
	});
});

describe('formatGradeRun', () => {
	it('shows each verdict, the answer and the quoted line, then the total', () => {
		const text = formatGradeRun(
			runOf({ 'trade-last-year': '14', 'sco-member-count': null }),
			createStyle(false),
		);
		expect(text).toBe(
			[
				'ana.yaml · Ana <A&B> · bank putin-xi-sco-2022',
				'– sco-member-count: no answer',
				'    Answer: 8 countries',
				'    line 13 │ a regional security-focused grouping that «also includes India, Pakistan and four Central Asian nations».',
				'✗ trade-last-year: 14',
				'    Answer: $140 billion',
				'    line 15 │ noting bilateral trade exceeded «$140 billion» last year.',
				'Total: 0/2 right · 1 wrong · 1 missing',
				'',
			].join('\n'),
		);
	});
});
