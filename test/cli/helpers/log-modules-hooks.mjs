// Module hooks (run off the main thread): record each ES module URL as it loads.
import { appendFileSync } from 'node:fs';

let log = '';

/** Receives the log file's name from log-modules.mjs. */
export function initialize(data) {
	log = data.log;
}

/** Logs, then loads as usual. */
export async function load(url, context, nextLoad) {
	appendFileSync(log, `${url}\n`);
	return nextLoad(url, context);
}
