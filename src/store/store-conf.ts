import Conf from 'conf';
import type { StoreData } from './schema.js';
import { storeErrorFrom } from './store-error.js';
import { type StoreOptions, storeDirectory, storeFileIn } from './store-options.js';

/**
 * The conf instance that places the score file and writes it atomically. StoreAccess reads the
 * file (and its journal) itself, so conf's constructor is not asked to parse it: on a large
 * store that parse was a second copy of the whole history. With no `defaults`, conf writes
 * nothing here. A file or folder that cannot be used is a StoreError.
 */
export function openStoreConf(options: StoreOptions): Conf<StoreData> {
	const cwd = storeDirectory(options);
	try {
		return new Conf<StoreData>({
			projectName: 'quizline',
			configName: 'scores',
			deserialize: () => ({}) as StoreData,
			...(cwd ? { cwd } : {}),
		});
	} catch (error) {
		const failed = (error as NodeJS.ErrnoException).path ?? '';
		throw storeErrorFrom(error, cwd ? storeFileIn(cwd) : failed, 'read') ?? error;
	}
}
