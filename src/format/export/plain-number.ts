/** A number written out in full ("140000000000", never "1.4e+11"), as other tools read it. */
export function plainNumber(value: number): string {
	const text = String(value);
	if (!/e/i.test(text)) return text;
	return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
