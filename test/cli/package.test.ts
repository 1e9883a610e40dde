import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root, tempDir } from './helpers/run-cli.js';

type Manifest = {
	readonly dependencies?: Record<string, string>;
	readonly devDependencies: Record<string, string>;
	readonly scripts: Record<string, string>;
	readonly files: readonly string[];
	readonly license: string;
};

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
	const result = spawnSync(command, args, {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', ...env },
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the package that ships', () => {
	it('has no runtime dependencies: dist/ bundles every package it loads', () => {
		expect(manifest.dependencies ?? {}).toEqual({});
		for (const name of ['ink', 'react', 'yaml', 'zod', 'conf', 'commander', 'ws'])
			expect(manifest.devDependencies).toHaveProperty(name);
	});

	it('carries the LICENSE that package.json names', () => {
		expect(manifest.license).toBe('MIT');
		expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
	});

	it('strips the clone-only prepare script from the shipped manifest and restores it', () => {
		const dir = tempDir('quizline-manifest-');
		cpSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
		const script = path.join(root, 'scripts', 'shipped-manifest.mjs');
		expect(run(process.execPath, [script, 'strip'], dir).code).toBe(0);
		const shipped = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
		expect(shipped.scripts).not.toHaveProperty('prepare');
		expect(shipped.scripts.start).toBe(manifest.scripts.start);
		expect(run(process.execPath, [script, 'restore'], dir).code).toBe(0);
		expect(readFileSync(path.join(dir, 'package.json'), 'utf8')).toBe(
			readFileSync(path.join(root, 'package.json'), 'utf8'),
		);
		expect(existsSync(path.join(dir, 'package.json.orig'))).toBe(false);
	});

	describe('packed and installed globally into an empty prefix', () => {
		let installed: { code: number | null; stdout: string; stderr: string };
		let prefix: string;
		let tarball: string[];

		beforeAll(() => {
			ensureBuilt();
			// The files npm packs, copied so packing never touches this checkout's package.json.
			const stage = tempDir('quizline-stage-');
			for (const name of ['package.json', 'README.md', 'LICENSE', 'scripts', ...manifest.files])
				if (!name.startsWith('!'))
					cpSync(path.join(root, name), path.join(stage, name), { recursive: true });
			run(process.execPath, ['scripts/shipped-manifest.mjs', 'strip'], stage);
			const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--silent'], stage);
			expect(packed.code).toBe(0);
			const [entry] = JSON.parse(packed.stdout) as [
				{ filename: string; files: { path: string }[] },
			];
			tarball = entry.files.map((file) => file.path);
			prefix = tempDir('quizline-prefix-');
			installed = run(
				'npm',
				[
					'install',
					'-g',
					'--offline',
					'--no-audit',
					'--no-fund',
					'--prefix',
					prefix,
					path.join(stage, entry.filename),
				],
				stage,
			);
		}, 120_000);

		it('holds the bundle, the sample bank, the schema and the LICENSE, not the sources', () => {
			expect(tarball).toEqual(expect.arrayContaining(['dist/cli.js', 'LICENSE', 'README.md']));
			expect(tarball).toContain('questions/putin-xi-sco-2022.yaml');
			expect(tarball.some((file) => file.startsWith('src/') || file.startsWith('test/'))).toBe(
				false,
			);
			expect(tarball).not.toContain('dist/meta.json');
			// The word senses vocabulary questions are asked from ship with the bundle.
			expect(tarball).toContain('dist/vocabulary.json.gz');
		});

		it('installs one package and warns about no install script', () => {
			expect(installed.code).toBe(0);
			expect(`${installed.stdout}${installed.stderr}`).toMatch(/added 1 package/);
			expect(installed.stderr).not.toMatch(/install-scripts|prepare/);
			const modules = path.join(prefix, 'lib', 'node_modules', 'quizline');
			expect(existsSync(path.join(modules, 'node_modules'))).toBe(false);
			expect(readdirSync(modules)).toContain('LICENSE');
		});

		it('runs from another folder with nothing else installed', () => {
			const away = tempDir('quizline-away-');
			const bin = path.join(prefix, 'bin', 'quizline');
			const env = { QUIZLINE_STORE_DIR: tempDir('quizline-store-') };
			const validate = run(bin, ['validate'], away, env);
			expect(validate).toMatchObject({ code: 0, stderr: '' });
			expect(validate.stdout).toMatch(/putin-xi-sco-2022\.yaml: ok \(\d+ questions[:)]/);
			// A lazily loaded part too: stats loads the store (conf) and its formatting.
			const stats = run(bin, ['stats', '--json'], away, env);
			expect(stats.code).toBe(0);
			expect(JSON.parse(stats.stdout)).toBeTypeOf('object');
		});

		it('generates vocabulary questions from the word data it ships', () => {
			const away = tempDir('quizline-away-');
			const bin = path.join(prefix, 'bin', 'quizline');
			const env = { QUIZLINE_STORE_DIR: tempDir('quizline-store-') };
			// A text one of whose words has fair wrong meanings near it ("inception").
			cpSync(path.join(root, 'test/fixtures/real-texts/news-report.txt'), path.join(away, 'a.txt'));
			const generated = run(bin, ['generate', 'a.txt'], away, env);
			expect(generated.code).toBe(0);
			expect(generated.stderr).not.toMatch(/no vocabulary/);
			expect(generated.stdout).toMatch(/skill: vocabulary/);
		});
	});
});
