import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The built command line, as installed. */
export const cliPath = path.join(root, 'dist', 'cli.js');

/** Whether every source file has a built twin at least as new. */
function isBuilt(): boolean {
	const sources = fs.readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true });
	return sources
		.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
		.every((entry) => {
			const source = path.join(entry.parentPath, entry.name);
			const relative = path.relative(path.join(root, 'src'), source).replace(/\.tsx?$/, '.js');
			const built = path.join(root, 'dist', relative);
			return fs.existsSync(built) && fs.statSync(built).mtimeMs >= fs.statSync(source).mtimeMs;
		});
}

/** Builds dist/ when a source file is newer than its build (`npm test` builds first anyway). */
export function ensureBuilt(): void {
	if (isBuilt()) return;
	spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
	if (!isBuilt()) throw new Error('dist/ is older than src/ after building');
}

/** Runs the built CLI with piped stdin and a temp store; resolves with its output and exit code. */
export function runCli(
	args: readonly string[],
	options: { readonly storeDir: string; readonly input?: string },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [cliPath, ...args], {
			env: { ...process.env, QUIZLINE_STORE_DIR: options.storeDir, NO_COLOR: '1' },
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
		});
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.on('close', (code) => resolve({ code, stdout, stderr }));
		child.stdin.end(options.input ?? '');
	});
}
