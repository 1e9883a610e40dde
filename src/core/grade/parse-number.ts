const magnitudes: Record<string, number> = {
	k: 1e3,
	thousand: 1e3,
	m: 1e6,
	mn: 1e6,
	mln: 1e6,
	million: 1e6,
	b: 1e9,
	bn: 1e9,
	billion: 1e9,
	t: 1e12,
	tn: 1e12,
	trillion: 1e12,
};

const words: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	dozen: 12,
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
	eleventh: 11,
	twelfth: 12,
};

/** A number as typed, and whether the writer gave its magnitude (billion, k …) explicitly. */
type ParsedNumber = { readonly value: number; readonly hasMagnitude: boolean };

/**
 * Read "140", "$140bn", "140 billion", "140,000,000,000", "140 000 000 000", "5,000-word", "1.5k"
 * or "four".
 * Undefined when the text holds no single number.
 */
export function parseNumber(text: string): ParsedNumber | undefined {
	const cleaned = text.normalize('NFKC').toLowerCase().replace(/[−–]/g, '-').trim();
	// Thousands may be grouped with commas or spaces (NFKC has turned no-break spaces into spaces).
	const match = /(-?)(\d{1,3}(?:[, ]\d{3})+|\d+)(\.\d+)?(?:\s*-?\s*([a-z]+))?/.exec(cleaned);
	if (match) {
		const rest = cleaned.slice(match.index + match[0].length);
		if (/\d/.test(rest)) return undefined;
		const [, sign = '', whole = '', fraction = ''] = match;
		const scale = magnitudes[match[4] ?? ''];
		const value = Number(`${sign}${whole.replace(/[, ]/g, '')}${fraction}`) * (scale ?? 1);
		return Number.isFinite(value) ? { value, hasMagnitude: scale !== undefined } : undefined;
	}
	const tokens = cleaned
		.split(/[^a-z]+/)
		.filter((token) => token in words || (token.length > 2 && token in magnitudes));
	return spelledNumber(tokens);
}

/** "four", "twenty-five", "five hundred", "three million"; undefined for anything longer. */
function spelledNumber(tokens: readonly string[]): ParsedNumber | undefined {
	const [first, second, third] = tokens;
	const word = (token: string | undefined) => (token === undefined ? undefined : words[token]);
	const base = word(first);
	if (base === undefined || third !== undefined) return undefined;
	if (second === undefined) return { value: base, hasMagnitude: false };
	const unit = word(second);
	if (unit !== undefined && base >= 20 && base % 10 === 0 && base < 100 && unit < 10) {
		return { value: base + unit, hasMagnitude: false };
	}
	if (second === 'hundred') return { value: base * 100, hasMagnitude: false };
	const scale = magnitudes[second];
	return scale !== undefined ? { value: base * scale, hasMagnitude: true } : undefined;
}

/** The scale a figure is usually said in: 140000000000 is "140 billion", so 1e9. */
export function displayScale(value: number): number {
	for (const scale of [1e12, 1e9, 1e6]) {
		if (Math.abs(value) >= scale && Number.isInteger((value / scale) * 1000)) return scale;
	}
	return 1;
}

/** "$140 billion" for 140000000000 with unit "$"; "5,000" for 5000. */
export function formatNumber(value: number, unit?: string): string {
	const scale = displayScale(value);
	const names: Record<number, string> = { 1e12: 'trillion', 1e9: 'billion', 1e6: 'million' };
	// A bare four-digit whole number in this range is most likely a year: 2013, not 2,013.
	const isYearLike = !unit && Number.isInteger(value) && value >= 1000 && value <= 2100;
	const figure =
		scale === 1
			? isYearLike
				? String(value)
				: groupThousands(Number(value.toFixed(6)))
			: `${groupThousands(Number((value / scale).toFixed(3)))} ${names[scale]}`;
	if (!unit) return figure;
	return /^\p{Sc}$/u.test(unit) ? `${unit}${figure}` : `${figure} ${unit}`;
}

/** "5,000" for 5000; plain string work, since loading ICU for toLocaleString costs ~30 ms. */
function groupThousands(value: number): string {
	const [whole = '', fraction] = String(Math.abs(value)).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
