// Write: the lines the generate command prints about a run.

import { plural } from '../../format/plural.js';
import type { GenerateReport } from '../generate-bank.js';
import type { Rejection } from '../judge/filter.js';
import type { Scored } from '../judge/score.js';

/** The lines `quizline generate` prints about a run; with `explain`, one per rejection. */
export function formatReport(report: GenerateReport, file: string, explain: boolean): string[] {
	const { byType, curated, filter, changes } = report;
	const total = Object.values(byType).reduce((sum, count) => sum + count, 0);
	const kinds = Object.entries(byType)
		.filter(([, count]) => count > 0)
		.map(([type, count]) => `${count} ${type}`)
		.join(', ');
	const lines = [
		`${file}: ${plural(total, 'generated question')}${kinds ? ` (${kinds})` : ''}${curated > 0 ? `, ${curated} curated kept` : ''}`,
	];
	if (report.skipped > 0) {
		lines.push(
			`skipped ${plural(report.skipped, 'question')} rejected in review (rejected: in the bank)`,
		);
	}
	if (report.unweighed > 0) {
		lines.push(
			`left ${plural(report.unweighed, 'sentence')} unweighed: a long text's questions come from its most central sentences, twelve per question`,
		);
	}
	if (changes) {
		lines.push(
			`merged: ${changes.added.length} added, ${changes.kept.length} kept, ${changes.removed.length} removed`,
		);
	}
	const reasons = Object.entries(filter.counts)
		.filter(([, count]) => count > 0)
		.sort((a, b) => b[1] - a[1])
		.map(([reason, count]) => `${count} ${reason}`);
	const rejected = filter.rejections.length;
	if (rejected > 0) {
		lines.push(
			`rejected ${rejected}: ${reasons.join(', ')}${explain ? '' : ' (--explain lists them)'}`,
		);
	}
	if (explain) {
		lines.push(`kept ${report.kept.length}, best first:`);
		const kept = [...report.kept].sort((a, b) => b.score - a.score);
		lines.push(...kept.map(describeKept));
		lines.push('dropped:');
		lines.push(...filter.rejections.map(describeRejection));
	}
	return lines;
}

/** `  line 15 score 0.712 (centrality 0.81, lead 0.4 …): choice “…”` */
function describeKept({ candidate, score, features }: Scored): string {
	const parts = Object.entries(features)
		.map(([name, value]) => `${name} ${Math.round(value * 100) / 100}`)
		.join(', ');
	const { question } = candidate;
	return `  line ${question.source.line} score ${score.toFixed(3)} (${parts}): ${question.type} “${question.prompt}”`;
}

/** `  line 4 [main-subject, given away] “Putin” is …: short “…”` (with its score when outscored). */
function describeRejection(rejection: Rejection): string {
	const what = `${rejection.question.type} “${rejection.question.prompt}”`;
	const why = rejection.defect ? `${rejection.reason}, ${rejection.defect}` : rejection.reason;
	const score = rejection.score === undefined ? '' : ` score ${rejection.score.toFixed(3)}`;
	return `  line ${rejection.fact.line} [${why}]${score} ${rejection.detail}: ${what}`;
}
