import Conf from 'conf';
import type { StoreData } from './schema.js';
import { storeErrorFrom } from './store-error.js';
import { type StoreOptions, storeDirectory, storeFileIn, storeFilePath } from './store-options.js';

/** Where the score file is and the conf instance that writes it, made on first use. */
export type StoreConf = { readonly path: string; readonly conf: () => Conf<StoreData> };

/**
 * The score file and its conf, made only when first asked for, as the file is first written
 * whole: its constructor reads the whole file, which opening the store does not need. The
 * file is where conf puts it: the folder given (`dir`, QUIZLINE_STORE_DIR) or conf's own.
 */
export function lazyStoreConf(options: StoreOptions): StoreConf {
	let made: Conf<StoreData> | undefined;
	const conf = () => {
		made ??= openStoreConf(options);
		return made;
	};
	return { path: storeFilePath(options), conf };
}

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
