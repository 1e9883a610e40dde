import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ScoreStore } from '../../src/store/score-store.js';
import { confDefaultFolder, storeDirectory } from '../../src/store/store-options.js';
import { answerFor, useTempDir } from './helpers.js';

describe('where the store lives', () => {
	const dir = useTempDir();
	let saved: string | undefined;
	beforeEach(() => {
		saved = process.env.QUIZLINE_STORE_DIR;
	});
	afterEach(() => {
		if (saved === undefined) delete process.env.QUIZLINE_STORE_DIR;
		else process.env.QUIZLINE_STORE_DIR = saved;
	});

	test('QUIZLINE_STORE_DIR is used when no dir is given', () => {
		process.env.QUIZLINE_STORE_DIR = dir();
		const store = ScoreStore.open();
		expect(store.path).toBe(path.join(dir(), 'scores.json'));
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		expect(ScoreStore.open({ dir: dir() }).profile('ann').questions['q-1']?.attempts).toBe(1);
	});

	test('an explicit dir wins over QUIZLINE_STORE_DIR', () => {
		process.env.QUIZLINE_STORE_DIR = path.join(dir(), 'from-env');
		const store = ScoreStore.open({ dir: path.join(dir(), 'explicit') });
		expect(store.path).toBe(path.join(dir(), 'explicit', 'scores.json'));
	});

	test('a command can pass its own environment', () => {
		const store = ScoreStore.open({ env: { QUIZLINE_STORE_DIR: path.join(dir(), 'io-env') } });
		expect(store.path).toBe(path.join(dir(), 'io-env', 'scores.json'));
	});

	test('without dir or variable, conf’s default location is used (not opened here)', () => {
		expect(storeDirectory({ env: {} })).toBeUndefined();
		expect(storeDirectory({ env: { QUIZLINE_STORE_DIR: '' } })).toBeUndefined();
		expect(storeDirectory({ dir: '/a', env: { QUIZLINE_STORE_DIR: '/b' } })).toBe('/a');
	});

	test('the store is placed where conf would put it, without making conf', () => {
		// The setup points XDG_CONFIG_HOME into a temporary folder, so conf may be made here.
		const conf = new Conf({ projectName: 'quizline', configName: 'scores' });
		expect(path.join(confDefaultFolder(), 'scores.json')).toBe(conf.path);
		expect(ScoreStore.open({ env: {} }).path).toBe(conf.path);
		const home = '/home/ann';
		expect(confDefaultFolder({}, 'linux', home)).toBe('/home/ann/.config/quizline-nodejs');
		expect(confDefaultFolder({ XDG_CONFIG_HOME: '/x' }, 'linux', home)).toBe('/x/quizline-nodejs');
		expect(confDefaultFolder({}, 'darwin', home)).toBe(
			'/home/ann/Library/Preferences/quizline-nodejs',
		);
		expect(confDefaultFolder({ APPDATA: 'C:/A' }, 'win32', home)).toBe(
			path.join('C:/A', 'quizline-nodejs', 'Config'),
		);
	});
});
