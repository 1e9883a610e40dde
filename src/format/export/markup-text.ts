// Text placed in XML and HTML files (Moodle XML, QTI): escaped so that every character a bank
// holds reads back as itself, never as markup.
import { xml } from '../junit.js';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text as XML character data or an attribute value: `& < > " '` as entities (so `]]>` cannot
 * end anything), characters XML cannot hold as U+FFFD, and line breaks as line feeds.
 */
export function xmlText(text: string): string {
	return xml(text.replace(/\r\n?/g, '\n'));
}

/** Plain text as HTML: `& < > "` as entities and line breaks as `<br>`. */
export function htmlText(text: string): string {
	return text.replace(/[&<>"]/g, (char) => entities[char] ?? char).replace(/\r\n?|\n/g, '<br>');
}
