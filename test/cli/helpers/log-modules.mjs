// Preloaded with `node --import`: appends every module the process loads, ES or CommonJS, to
// the file named by QUIZLINE_MODULE_LOG, one URL or request per line.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const log = process.env.QUIZLINE_MODULE_LOG;
if (log) {
	register('./log-modules-hooks.mjs', import.meta.url, { data: { log } });
	const load = Module._load;
	Module._load = function logged(request, ...rest) {
		appendFileSync(log, `require:${request}\n`);
		return load.call(this, request, ...rest);
	};
}
