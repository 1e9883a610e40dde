import { readFileSync } from 'node:fs';

/** The bundled article's text. */
export const bundledArticle = readFileSync(
	new URL('../../questions/putin-xi-sco-2022.txt', import.meta.url),
	'utf8',
);

/** The committed bundled bank's text. */
export const bundledBank = readFileSync(
	new URL('../../questions/putin-xi-sco-2022.yaml', import.meta.url),
	'utf8',
);

/** The test articles: a news report, an encyclopedic article and a story with dialogue. */
export const fixtureNames = [
	'harbour-barrier-news',
	'vessel-lake-observatory',
	'lighthouse-story',
] as const;

/** Path of a test article. */
export const fixturePath = (name: string) =>
	new URL(`../fixtures/articles/${name}.txt`, import.meta.url).pathname;

/** Text of a test article. */
export const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');
