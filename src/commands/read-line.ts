import { createInterface } from 'node:readline';

/** One line from `input` (without its line break), or undefined when the input ends first. */
export function readLine(input: NodeJS.ReadableStream): Promise<string | undefined> {
	return new Promise((resolve) => {
		const lines = createInterface({ input, terminal: false });
		let answer: string | undefined;
		lines.once('line', (line) => {
			answer = line;
			lines.close();
		});
		lines.once('close', () => resolve(answer));
	});
}
