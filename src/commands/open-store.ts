import type { ScoreStore } from '../store/score-store.js';

/**
 * The score store, its code loaded only now. The store's file writer hooks SIGHUP, SIGINT and
 * SIGTERM as soon as it is imported, and such a JavaScript handler cannot run while the main
 * thread is busy parsing a bank: a signal then waited for the work to end, or was lost when the
 * command ended first (issue 10). Commands open the store after their long work, so that a
 * signal during it ends the process at once, as it does by default.
 */
export async function openScoreStore(options: Parameters<typeof ScoreStore.open>[0]) {
	const { ScoreStore } = await import('../store/score-store.js');
	return ScoreStore.open(options);
}
