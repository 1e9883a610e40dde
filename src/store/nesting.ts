/**
 * How deep stored data may nest. Nothing quizline writes goes past 8 levels; extra data nested
 * thousands deep would make every JSON.stringify of the store overflow the stack.
 */
export const maxNesting = 256;

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container =>
	typeof value === 'object' && value !== null;

/**
 * Cuts, in place, every object or array nested deeper than `limit` out of parsed JSON (an
 * array keeps a null in its place) and returns the top-level keys the cuts were under, in the
 * order of the document (empty when nothing was cut). Walks without recursion: any depth is safe.
 */
export function cutDeepNesting(root: unknown, limit = maxNesting): string[] {
	const cutUnder = new Set<string>();
	if (!isContainer(root)) return [];
	const stack: { value: Container; depth: number; top: string }[] = [
		{ value: root, depth: 1, top: '' },
	];
	for (let next = stack.pop(); next; next = stack.pop()) {
		const { value, depth, top } = next;
		const record = value as Record<string, unknown>;
		const keys = Object.keys(value);
		// Pushed last key first, so that the walk meets them in document order.
		for (let index = keys.length - 1; index >= 0; index--) {
			const key = keys[index] as string;
			const child = record[key];
			if (!isContainer(child)) continue;
			const under = depth === 1 ? key : top;
			if (depth < limit) {
				stack.push({ value: child, depth: depth + 1, top: under });
			} else {
				if (Array.isArray(value)) record[key] = null;
				else delete record[key];
				cutUnder.add(under);
			}
		}
	}
	return [...cutUnder];
}
