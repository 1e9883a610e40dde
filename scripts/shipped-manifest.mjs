// `npm pack` / `npm publish`: the package.json that ships has no `prepare` script.
// `prepare` builds dist/ in a clone; an installed package already holds dist/, and npm would
// otherwise warn every user that an install script is not allowed. `strip` (prepack) keeps the
// original beside it, `restore` (postpack) puts it back.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = 'package.json';
const kept = 'package.json.orig';
const [command] = process.argv.slice(2);

if (command === 'strip') {
	if (existsSync(kept)) renameSync(kept, manifest);
	const text = readFileSync(manifest, 'utf8');
	const pkg = JSON.parse(text);
	delete pkg.scripts.prepare;
	writeFileSync(kept, text);
	writeFileSync(manifest, `${JSON.stringify(pkg, null, '\t')}\n`);
} else if (command === 'restore') {
	if (existsSync(kept)) renameSync(kept, manifest);
} else {
	console.error('usage: node scripts/shipped-manifest.mjs strip|restore');
	process.exit(2);
}
