// Facts: titles and words before a name that say it is a person's.

import { wordSet } from '../read/words.js';
import type { NameSpan } from './name-spans.js';

const maleTitles = 'Mr Mr. Sir Lord King Prince Pope Sheikh Uncle Grandpa Chairman';
const femaleTitles = 'Mrs Mrs. Ms Ms. Miss Dame Lady Queen Princess Aunt Grandma Chairwoman';
const otherTitles =
	'President Premier Minister Chancellor Speaker Secretary Senator Sen. Representative Rep. Rep Congressman Congresswoman Councilman Councilwoman Councillor Councilor Commissioner Governor Gov. Mayor Judge Justice Ambassador Director Commander Admiral General Gen. Colonel Col. Captain Capt. Lieutenant Lt. Sergeant Sgt. Detective Inspector Officer Professor Prof. Dr. Reverend Rev. Bishop Archbishop Cardinal Rabbi Imam Chief Administrator Spokesman Spokeswoman Spokesperson Coach Sheriff Marshal Treasurer Prosecutor Attorney Astronaut Superintendent Chairperson';

/** Words that, before a name, say it is a person's: "President", "Mrs.", "Captain". */
export const titles = new Set(
	[maleTitles, femaleTitles, otherTitles].flatMap((list) => list.split(' ')),
);

/** The gender a title tells, if it tells one. */
export function titleGender(title: string): 'female' | 'male' | undefined {
	if (maleTitles.split(' ').includes(title)) return 'male';
	if (femaleTitles.split(' ').includes(title)) return 'female';
	return undefined;
}

const roleWords = wordSet(
	'leader president premier minister chancellor coordinator spokesman spokeswoman spokesperson secretary official chief adviser advisor ambassador envoy general commander husband wife son daughter mother father brother sister friend colleague cousin uncle aunt grandmother grandfather neighbor neighbour teacher doctor nurse captain author writer scientist physicist chemist engineer inventor explorer soldier pilot astronaut administrator manager lawyer architect designer entrepreneur businessman businesswoman investor banker economist historian philosopher composer mathematician artist painter poet player coach founder singer actor actress journalist reporter correspondent editor professor student boy girl man woman named called dr. mr. mrs. ms.',
);
/** Verbs that, right after an unknown name, make it a person: "Xi said", "Kirby told". */
export const speechVerbs = wordSet(
	'said says say told tells asked asks added adds replied replies answered whispered shouted cried called muttered explained insisted warned noted stressed declared announced wrote writes recalled admitted laughed sighed murmured snapped yelled argued claimed urged agreed promised continued began smiled nodded frowned shrugged grinned stammered stuttered exclaimed protested demanded inquired enquired begged pleaded entreated retorted responded remarked observed suggested interrupted stated gasped sobbed screamed roared growled hissed mumbled cautioned confirmed conceded acknowledged countered returned',
);
const personVerbs = wordSet(
	'met visited traveled travelled thought felt knew walked ran looked turned wanted hoped',
);
/** ", a hydrologist", ", the baker", ", who", ", 67,": what follows a person's name. */
const appositive =
	/^(?:[’']s)?,\s+(?:who\b|\d{1,3},|(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+(?:ist|er|or|ian|ant|ent|man|woman)\b)/u;
/** Day and month names: never part of a person's or place's name. */
export const dateWords = wordSet(
	'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December',
);

/** Whether a role word stands just before the name ("engineer Charles Martin Hall"). */
export function hasRoleBefore(span: NameSpan, start: number, from: number): boolean {
	const before =
		start > from ? (span.words[start - 1] ?? '').toLocaleLowerCase('en') : span.wordBefore;
	return roleWords.has(before);
}

/** Whether the words around a name say it is a person: a role before it, a verb or apposition after. */
export function isPersonByContext(
	span: NameSpan,
	start: number,
	from: number,
	to: number,
): boolean {
	const before =
		start > from ? (span.words[start - 1] ?? '').toLocaleLowerCase('en') : span.wordBefore;
	if (roleWords.has(before)) return true;
	if (to < span.words.length - 1) return false;
	const [next = '', after = ''] = span.wordsAfter;
	const verb = next === 'also' ? after : next;
	return speechVerbs.has(verb) || personVerbs.has(verb) || appositive.test(span.textAfter);
}
