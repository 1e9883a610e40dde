const monthNames = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];

/** "dec", "december", "sept" → 12, 12, 9; undefined for any other word. */
function monthOf(word: string): number | undefined {
	const key = word.toLowerCase().replace(/\.$/, '');
	if (key.length < 3) return undefined;
	const index = monthNames.findIndex(
		(name) => name.startsWith(key) || (key === 'sept' && name === 'september'),
	);
	return index < 0 ? undefined : index + 1;
}

/**
 * A calendar date written any usual way, as "YYYY-MM-DD" (or "YYYY-MM" without a day):
 * "December 25, 2021", "25 Dec 2021", "25th of December 2021", "2021-12-25", "Dec. 2021".
 * Numeric day/month orders other than ISO are ambiguous and left alone.
 */
export function parseDate(text: string): string | undefined {
	const clean = text
		.trim()
		.toLowerCase()
		.replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
		.replace(/\bof\b/g, ' ')
		.replace(/[,]/g, ' ')
		.replace(/\s+/g, ' ');
	const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(clean);
	if (iso)
		return format(
			Number(iso[1]),
			Number(iso[2]),
			iso[3] === undefined ? undefined : Number(iso[3]),
		);
	const words = clean.split(' ');
	let day: number | undefined;
	let month: number | undefined;
	let year: number | undefined;
	for (const word of words) {
		const named = monthOf(word);
		if (named !== undefined && month === undefined) month = named;
		else if (/^\d{4}$/.test(word) && year === undefined) year = Number(word);
		else if (/^\d{1,2}$/.test(word) && day === undefined) day = Number(word);
		else return undefined;
	}
	if (month === undefined || year === undefined) return undefined;
	return format(year, month, day);
}

function format(year: number, month: number, day: number | undefined): string | undefined {
	if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
	const pad = (value: number) => String(value).padStart(2, '0');
	return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}
