// Every test file gets its own score store in a temp folder: no test touches a real home.
// The XDG folders point into it too, so a child or a code path that misses
// QUIZLINE_STORE_DIR still writes its config or cache there, never under ~/.config or ~/.cache.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'quizline-test-store-'));
process.env.QUIZLINE_STORE_DIR = dir;
process.env.XDG_CONFIG_HOME = path.join(dir, 'xdg-config');
process.env.XDG_CACHE_HOME = path.join(dir, 'xdg-cache');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
