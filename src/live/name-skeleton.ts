import prototypes from 'unhomoglyph/data.json' with { type: 'json' };

/**
 * Unicode's confusables list (UTS #39 confusables.txt, as the unhomoglyph package ships it):
 * each character mapped to the prototype it is mistaken for, e.g. Cyrillic А → Latin A, m → rn.
 */
const prototypeOf: ReadonlyMap<string, string> = new Map(
	Object.entries(prototypes as Record<string, string>),
);

/** The UTS #39 skeleton of `text`: two strings that look alike have equal skeletons. */
export function skeleton(text: string): string {
	let mapped = '';
	for (const character of text.normalize('NFD')) mapped += prototypeOf.get(character) ?? character;
	return mapped.normalize('NFD');
}

/**
 * What decides whether two display names are one student: NFKC, then a skeleton on each side of
 * case folding. A name clashes with the same name in another case and with a look-alike in
 * either case: Cyrillic "Аnn" with Ann, Cyrillic "Вob" with Bob (В looks like B only as a
 * capital), "lan" with Ian, "Arnie" with Amie. Folding on both sides makes the relation
 * transitive, so a few unlike names clash too ("Lan" with Ian, through "lan"): the student
 * picks another name, which is the safe side.
 */
export function nameKey(name: string): string {
	const upper = skeleton(name.normalize('NFKC').toLocaleUpperCase('en'));
	return skeleton(upper.toLocaleLowerCase('en'));
}
