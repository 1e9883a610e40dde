// Facts: the word-meaning data vocabulary questions are asked from (WordNet senses of the less
// common words, by frequency), as the build writes it, with look-ups by lemma and sense.

/** A WordNet part of speech: noun, verb, adjective, adverb. */
export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';

/** One sense of a word: a WordNet synset as the generator reads it. */
export type Sense = {
	/** The synset's offset and part of speech ("01442029a"): senses with one id are synonyms. */
	readonly id: string;
	readonly pos: PartOfSpeech;
	/** The lexicographer file, the sense's broad kind ("noun.act", "verb.motion", "adj.all"). */
	readonly kind: string;
	/** The definition as a learner reads it: first clause, no parenthetical. */
	readonly gloss: string;
	/** The words of this sense, the synonyms ("prolonged", "lengthy", "protracted"). */
	readonly synonyms: readonly string[];
	/** The content words of its whole gloss, examples and broader sense. */
	readonly context: readonly string[];
	/** The field it belongs to, when WordNet names one ("medicine", "law"). */
	readonly domain?: string;
	/** The senses its wrong meanings are drawn from, plainest first (empty for those kept only as such). */
	readonly related: Related;
};

/** The senses near a sense in WordNet, as ids: what a fair wrong meaning of it is drawn from. */
export type Related = {
	/** Its opposites, and an adjective's also through the head it is similar to ("increase"). */
	readonly opposites: readonly string[];
	/** The kinds of the sense above its broader one ("beginning" → "end", "turning point"). */
	readonly cousins: readonly string[];
};

/** A word's senses in one part of speech, most frequent first, with WordNet's tag counts. */
export type WordSenses = {
	readonly senses: readonly Sense[];
	/** How often each sense was tagged in WordNet's corpus, in the same order. */
	readonly tagged: readonly number[];
};

/** The look-ups vocabulary questions need. */
export type Lexicon = {
	/** Lemmas ranked by frequency rank below `leastRank` are too common and not listed. */
	readonly leastRank: number;
	/** A listed lemma's frequency rank (1 = the most frequent word). */
	rank(lemma: string): number | undefined;
	/** The senses of a listed lemma in one part of speech. */
	senses(lemma: string, pos: PartOfSpeech): WordSenses | undefined;
	/**
	 * Every sense of a part of speech (of one kind, when given), in a fixed order: the pool
	 * distractors are drawn from.
	 */
	pool(pos: PartOfSpeech, kind?: string): readonly Sense[];
	/** A sense by its id, when the data holds it. */
	sense(id: string): Sense | undefined;
	/** Whether a reader knows the word: a common word, or a listed one not rarer than `rank`. */
	isFamiliar(word: string, rank: number): boolean;
	/** The lemmas a sense belongs to (of those listed). */
	lemmasOf(id: string): readonly string[];
};

/** The data as the build writes it (scripts/vocabulary-data.mjs). */
export type LexiconData = {
	readonly leastRank: number;
	readonly lexFiles: readonly string[];
	/** The lemmas more frequent than `leastRank`, space-separated. */
	readonly common: string;
	/** lemma → [rank, { pos: [synset id, tag count][] }] */
	readonly words: Readonly<
		Record<string, readonly [number, Partial<Record<string, [string, number][]>>]>
	>;
	/** synset id → [lexicographer file number, gloss, synonyms "|"-joined, context words, domain, related ids: "opposites|cousins", each space-separated] */
	readonly synsets: Readonly<
		Record<string, readonly [number, string, string, string, string, string?]>
	>;
};

/** The parts of the data: a lexicon over it, each sense built once when first asked for. */
export function lexiconFrom(data: LexiconData): Lexicon {
	const built = new Map<string, Sense>();
	const senseOf = (id: string): Sense | undefined => {
		const known = built.get(id);
		if (known) return known;
		const row = data.synsets[id];
		if (!row) return undefined;
		const [kind, gloss, synonyms, context, domain, related = ''] = row;
		const [opposites = '', cousins = ''] = related.split('|');
		const ids = (list: string) => (list ? list.split(' ') : []);
		const sense: Sense = {
			id,
			pos: id.at(-1) as PartOfSpeech,
			kind: data.lexFiles[kind] ?? 'unknown',
			gloss,
			synonyms: synonyms.split('|'),
			context: context ? context.split(' ') : [],
			...(domain ? { domain } : {}),
			related: { opposites: ids(opposites), cousins: ids(cousins) },
		};
		built.set(id, sense);
		return sense;
	};
	const pools = new Map<string, readonly Sense[]>();
	let owners: Map<string, string[]> | undefined;
	let common: Set<string> | undefined;
	return {
		leastRank: data.leastRank,
		rank: (lemma) => (Object.hasOwn(data.words, lemma) ? data.words[lemma]?.[0] : undefined),
		senses(lemma, pos) {
			if (!Object.hasOwn(data.words, lemma)) return undefined;
			const listed = data.words[lemma]?.[1][pos];
			if (!listed) return undefined;
			const senses = listed.flatMap(([id]) => senseOf(id) ?? []);
			return senses.length === listed.length
				? { senses, tagged: listed.map(([, tags]) => tags) }
				: undefined;
		},
		pool(pos, kind) {
			const key = `${pos}:${kind ?? ''}`;
			let pool = pools.get(key);
			if (!pool) {
				pool = kind
					? this.pool(pos).filter((sense) => sense.kind === kind)
					: Object.keys(data.synsets)
							.filter((id) => id.endsWith(pos))
							.flatMap((id) => senseOf(id) ?? []);
				pools.set(key, pool);
			}
			return pool;
		},
		sense: senseOf,
		isFamiliar(word, rank) {
			common ??= new Set(data.common.split(' '));
			if (common.has(word)) return true;
			const listed = Object.hasOwn(data.words, word) ? data.words[word]?.[0] : undefined;
			return listed !== undefined && listed <= rank;
		},
		lemmasOf(id) {
			if (!owners) {
				owners = new Map();
				for (const [lemma, [, byPos]] of Object.entries(data.words))
					for (const listed of Object.values(byPos))
						for (const [sense] of listed ?? []) push(owners, sense, lemma);
			}
			return owners.get(id) ?? [];
		},
	};
}

function push(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
