/** Every command of quizline, in the order `quizline --help` lists them. */
export const commandNames = [
	'play',
	'check',
	'grade',
	'assign',
	'list',
	'show',
	'export',
	'validate',
	'lint',
	'review',
	'generate',
	'stats',
	'reset',
	'host',
	'join',
	'report',
];
