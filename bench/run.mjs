// `npm run bench`: runs every bench/*.bench.mjs (or those named on the command line) in turn.
// Benchmarks print figures and ratios against a baseline measured in the same run; they never
// pass or fail on time.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
	.filter((file) => file.endsWith('.bench.mjs'))
	.filter((file) => wanted.length === 0 || wanted.some((name) => file.includes(name)))
	.sort();

for (const file of files) {
	console.log(`\n## ${file.replace('.bench.mjs', '')}`);
	const module = await import(pathToFileURL(path.join(here, file)).href);
	await module.default();
}
