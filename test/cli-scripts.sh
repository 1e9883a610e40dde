#!/usr/bin/env bash
# Scripts' view of quizline: grade good, wrong and broken answer sheets with the built CLI only
# (dist/cli.js; `npm run build`), checking every exit code and the shape of --json and --junit.
# Run by `npm test` (test/cli/cli-scripts.test.ts), or on its own: bash test/cli-scripts.sh
set -uo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QUIZLINE_STORE_DIR="$work/store" NO_COLOR=1
sheets=test/fixtures/sheets
checks=0
failed=0

quizline() { node dist/cli.js "$@"; }

fail() {
	echo "FAIL: $*"
	failed=$((failed + 1))
}

# expect CODE COMMAND…: run it (stdout in $work/out, stderr in $work/err), check the exit code.
expect() {
	local want=$1
	shift
	checks=$((checks + 1))
	"$@" >"$work/out" 2>"$work/err"
	local got=$?
	if [ "$got" -ne "$want" ]; then
		fail "$* exited $got, expected $want"
		sed 's/^/  | /' "$work/err"
	fi
}

# contains FILE TEXT: the file holds the text.
contains() {
	checks=$((checks + 1))
	grep -qF -- "$2" "$1" || fail "$1 does not contain: $2"
}

# lacks FILE TEXT: the file does not hold the text.
lacks() {
	checks=$((checks + 1))
	if grep -qF -- "$2" "$1"; then fail "$1 contains: $2"; fi
}

# json_shape FILE STATUS SHEETS ISSUES: --json output is one document of the documented shape.
json_shape() {
	checks=$((checks + 1))
	node - "$@" <<'EOF' || fail "JSON shape of $1"
const [file, status, sheets, issues] = process.argv.slice(2);
const doc = JSON.parse(require('node:fs').readFileSync(file, 'utf8'));
const same = (a, b, what) => {
	if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what}: ${JSON.stringify(a)}`);
};
same(Object.keys(doc), ['format', 'status', 'totals', 'sheets', 'issues'], 'top-level keys');
same(doc.format, 'quizline-grade/1', 'format');
same(doc.status, status, 'status');
same(Object.keys(doc.totals), ['sheets', 'questions', 'right', 'wrong', 'missing'], 'totals');
same(doc.sheets.length, Number(sheets), 'sheets');
same(doc.issues.length, Number(issues), 'issues');
for (const sheet of doc.sheets) {
	same(Object.keys(sheet), ['file', 'student', 'bank', 'totals', 'results'], 'sheet keys');
	const { questions, right, wrong, missing } = sheet.totals;
	same(right + wrong + missing, questions, 'sheet totals add up');
	same(sheet.results.length, questions, 'one result per question');
	for (const result of sheet.results) {
		same(Object.keys(result), ['id', 'correct', 'verdict', 'given', 'expected', 'slip', 'message', 'inPlace', 'support', 'explanation', 'source'], 'result keys');
		same(Object.keys(result.source), ['file', 'line', 'quote', 'highlight'], 'source keys');
	}
}
for (const issue of doc.issues) {
	same(Object.keys(issue), ['file', 'line', 'col', 'questionId', 'message'], 'issue keys');
}
EOF
}

# Good sheets in each format: exit 0.
expect 0 quizline grade "$sheets/good.answers.yaml"
contains "$work/out" 'Total: 8/8 right'
contains "$work/out" 'Answer: $140 billion'
contains "$work/out" 'line 15 │ noting bilateral trade exceeded «$140 billion» last year.'
expect 0 quizline grade "$sheets/good.answers.csv" "$sheets/good.answers.json"
contains "$work/out" 'All 2 sheets: 6/6 right'
expect 0 quizline grade - <"$sheets/good.answers.yaml"
contains "$work/out" '- · Ana Lima'
expect 0 quizline grade --json "$sheets/good.answers.yaml"
json_shape "$work/out" pass 1 0

# Wrong, blank or ungradable answers: exit 1.
expect 1 quizline grade "$sheets/wrong.answers.yaml"
contains "$work/out" 'Total: 1/4 right · 2 wrong · 1 missing'
contains "$work/out" 'Cannot grade it: expected a number'
expect 1 quizline grade "$sheets/good.answers.yaml" "$sheets/wrong.answers.yaml"
expect 1 quizline grade --all "$sheets/good.answers.csv"
expect 1 quizline grade --json --junit "$work/report.xml" "$sheets/good.answers.yaml" "$sheets/wrong.answers.yaml"
json_shape "$work/out" fail 2 0
contains "$work/report.xml" '<?xml version="1.0" encoding="UTF-8"?>'
contains "$work/report.xml" '<testsuites name="quizline grade" tests="12" failures="3" errors="0">'
contains "$work/report.xml" '<failure message="expected: lasting a long time" type="wrong">'
contains "$work/report.xml" 'Line 1: over the protracted military assault'
expect 1 quizline grade --junit - "$sheets/wrong.answers.yaml"
contains "$work/out" '<testcase classname="quizline.putin-xi-sco-2022" name="trade-last-year"/>'

# Broken sheets, unknown ids, bad banks, missing files: exit 2 with file:line:col.
expect 2 quizline grade "$sheets/broken-syntax.answers.yaml"
contains "$work/err" "$sheets/broken-syntax.answers.yaml:4:3:"
expect 2 quizline grade "$sheets/unknown-id.answers.yaml"
contains "$work/err" "$sheets/unknown-id.answers.yaml:4:3: question \"trade-last-yaer\": no such question in the bank; did you mean \"trade-last-year\"?"
expect 2 quizline grade "$sheets/broken.answers.csv"
contains "$work/err" "$sheets/broken.answers.csv:2:17: unclosed quote"
expect 2 quizline grade "$sheets/no-such.answers.yaml"
contains "$work/err" 'cannot read the sheet: no such file'
expect 2 quizline grade --bank "$sheets/broken-bank.yaml" "$sheets/good.answers.csv"
contains "$work/err" "$sheets/broken-bank.yaml:11:14: question \"trade-last-year\": quote not found on line 15"
expect 2 quizline grade - </dev/null
contains "$work/err" '-:1:1: expected a map with "answers:"'
expect 2 quizline grade --json "$sheets/good.answers.yaml" "$sheets/unknown-id.answers.yaml"
json_shape "$work/out" error 1 1
expect 2 quizline grade --junit "$work/broken.xml" "$sheets/broken-syntax.answers.yaml"
contains "$work/broken.xml" 'errors="1"'
expect 2 quizline grade --junit "$work/no-such-folder/report.xml" "$sheets/good.answers.csv"
contains "$work/err" 'report.xml: no such folder'
expect 2 quizline grade
lacks "$work/err" 'at '

# check keeps its contract: 0 right, 1 wrong, 2 bad input; --record writes the store.
expect 0 quizline check trade-last-year 140bn
expect 1 quizline check trade-last-year 14
expect 2 quizline check no-such-question 1
expect 2 quizline check trade-last-year lots
expect 0 quizline check trade-last-year 140bn --json
contains "$work/out" '"verdict": "exact"'
checks=$((checks + 1))
[ ! -e "$QUIZLINE_STORE_DIR/scores.json" ] || fail 'check wrote the store without --record'
expect 1 quizline check trade-last-year 14 --record --profile scripted
expect 0 quizline stats --profile scripted --json
contains "$work/out" '"attempts": 1'

# list, show, export.
expect 0 quizline list --type truefalse --tags ukraine
contains "$work/out" 'first-meeting-since-invasion'
lacks "$work/out" 'trade-last-year'
expect 0 quizline show trade-last-year
lacks "$work/out" '140 billion'
expect 0 quizline show trade-last-year --reveal
contains "$work/out" 'Answer: $140 billion'
expect 2 quizline show no-such-question
for format in gift tsv csv json; do
	expect 0 quizline export --format "$format" -o "$work/bank.$format"
	checks=$((checks + 1))
	[ -s "$work/bank.$format" ] || fail "export --format $format wrote nothing"
done
contains "$work/bank.gift" '::trade-last-year::'
expect 2 quizline export

if [ "$failed" -gt 0 ]; then
	echo "cli-scripts.sh: $failed of $checks checks failed"
	exit 1
fi
echo "cli-scripts.sh: all $checks checks passed"
