import type { Rejection } from './filter.js';
import type { GenerateReport } from './generate-bank.js';

/** The lines `quizline generate` prints about a run; with `explain`, one per rejection. */
export function formatReport(report: GenerateReport, file: string, explain: boolean): string[] {
	const { byType, curated, filter, changes } = report;
	const total = Object.values(byType).reduce((sum, count) => sum + count, 0);
	const kinds = Object.entries(byType)
		.filter(([, count]) => count > 0)
		.map(([type, count]) => `${count} ${type}`)
		.join(', ');
	const lines = [
		`${file}: ${total} generated question${total === 1 ? '' : 's'}${kinds ? ` (${kinds})` : ''}${curated > 0 ? `, ${curated} curated kept` : ''}`,
	];
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
	if (explain) lines.push(...filter.rejections.map(describeRejection));
	return lines;
}

/** `  line 4 [same-fact] another question asks about it: Who said “…”?` */
export function describeRejection(rejection: Rejection): string {
	const what = rejection.question
		? `${rejection.question.type} “${rejection.question.prompt}”`
		: `${rejection.fact.kind} “${rejection.fact.text}”`;
	return `  line ${rejection.fact.line} [${rejection.reason}] ${rejection.detail}: ${what}`;
}
