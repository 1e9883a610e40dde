import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Card } from 'ts-fsrs';
import type { CardCache } from '../core/schedule.js';
import { writeAtomically } from './atomic-write.js';
import { makeFolder } from './folders.js';

/** A card as the file keeps it: the dates as milliseconds, `last_review` null when none. */
type StoredCard = [
	number,
	number,
	number,
	number,
	number,
	number,
	number,
	number,
	number,
	number | null,
];

/** The card cache file's layout; another version is read as an empty cache. */
const layout = 1;
const fileName = 'schedule-cards.json';

/** The cards cache, and `save` to write what was replayed since it was read. */
export type CardCacheFile = CardCache & { save(): void };

/**
 * The spaced repetition cards of earlier runs, in `folder`. Read on first use; an unreadable
 * or odd file is an empty cache (it only saves time). `save` writes the cards used or made in
 * this run first, then earlier ones, up to `limit`; nothing when no card was made.
 */
export function openCardCache(folder: string, limit = 20_000): CardCacheFile {
	const file = path.join(folder, fileName);
	let earlier: Record<string, unknown> | undefined;
	const used = new Map<string, StoredCard>();
	let isChanged = false;
	const read = (): Record<string, unknown> => {
		earlier ??= readCards(file);
		return earlier;
	};
	const name = (key: string) => createHash('sha1').update(key).digest('base64url');
	return {
		get(key) {
			const id = name(key);
			const stored = used.get(id) ?? read()[id];
			if (!isStoredCard(stored)) return undefined;
			used.set(id, stored);
			return cardOf(stored);
		},
		set(key, card) {
			used.set(name(key), storedOf(card));
			isChanged = true;
		},
		save() {
			if (!isChanged) return;
			const cards: Record<string, StoredCard> = Object.fromEntries(used);
			let count = used.size;
			for (const [id, stored] of Object.entries(read())) {
				if (count >= limit) break;
				if (Object.hasOwn(cards, id) || !isStoredCard(stored)) continue;
				cards[id] = stored;
				count++;
			}
			try {
				makeFolder(folder);
				writeAtomically(file, JSON.stringify({ layout, cards }), { flush: false });
				isChanged = false;
			} catch {
				// A cache that cannot be written costs the next start its replay, nothing more.
			}
		},
	};
}

function readCards(file: string): Record<string, unknown> {
	try {
		const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { layout?: unknown; cards?: unknown };
		const { cards } = raw;
		const isRecord = typeof cards === 'object' && cards !== null && !Array.isArray(cards);
		return raw.layout === layout && isRecord ? (cards as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

function isStoredCard(value: unknown): value is StoredCard {
	return (
		Array.isArray(value) &&
		value.length === 10 &&
		value.every((field, index) =>
			index === 9 && field === null ? true : typeof field === 'number' && Number.isFinite(field),
		)
	);
}

function storedOf(card: Card): StoredCard {
	return [
		card.due.getTime(),
		card.stability,
		card.difficulty,
		card.elapsed_days,
		card.scheduled_days,
		card.learning_steps,
		card.reps,
		card.lapses,
		card.state,
		card.last_review ? card.last_review.getTime() : null,
	];
}

function cardOf(stored: StoredCard): Card {
	const [due, stability, difficulty, elapsed, scheduled, steps, reps, lapses, state, last] = stored;
	return {
		due: new Date(due),
		stability,
		difficulty,
		elapsed_days: elapsed,
		scheduled_days: scheduled,
		learning_steps: steps,
		reps,
		lapses,
		state,
		...(last === null ? {} : { last_review: new Date(last) }),
	};
}
