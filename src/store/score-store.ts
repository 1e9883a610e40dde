// The score store with its full checks (the zod schemas) loaded along: opening, reading and
// writing never wait for them. The trainer's start-up opens store-core.ts instead, which
// loads them only when a quick check refuses data, or once its first frame is drawn.
import { setFullChecks } from './checks.js';
import { fullChecks } from './full-checks.js';

setFullChecks(fullChecks);

export * from './store-core.js';
