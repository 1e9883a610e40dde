import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
const b = parse(readFileSync(process.argv[2], 'utf8'));
for (const q of b.questions) {
  if (q.origin !== 'generated') continue;
  console.log(`[${q.id}] (${q.type}) ${q.prompt}`);
  if (q.choices) console.log('   choices:', q.choices.join(' | '));
  console.log('   answer:', q.answer, q.accept ? `accept: ${q.accept.join(' | ')}` : '', '| L' + q.source.line, q.source.highlight ? `hl: ${q.source.highlight}` : '');
  console.log('   expl:', q.explanation);
}
