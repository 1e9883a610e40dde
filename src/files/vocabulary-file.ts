// Files: the vocabulary data the build writes beside the program, read and unpacked once.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** The data's place in the package, as scripts/build.mjs writes it. */
export const vocabularyFile = path.join('dist', 'vocabulary.json.gz');

/**
 * The package folder holding the data: the nearest folder above this module (in dist/ or, when
 * the sources run under the tests, in src/) that has it.
 */
function dataPath(): string | undefined {
	let dir = path.dirname(fileURLToPath(import.meta.url));
	for (let depth = 0; depth < 5; depth++) {
		const file = path.join(dir, vocabularyFile);
		if (existsSync(file)) return file;
		const parent = path.dirname(dir);
		if (parent === dir) break;
		dir = parent;
	}
	return undefined;
}

/** The vocabulary data as parsed JSON, or an error saying why there is none (not built). */
export function readVocabularyData(): unknown {
	const file = dataPath();
	if (!file) return new Error(`${vocabularyFile} is missing: run \`npm run build\``);
	return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
}
