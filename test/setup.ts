// Every test file gets its own score store in a temp folder: no test touches a real home.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'quizline-test-store-'));
process.env.QUIZLINE_STORE_DIR = dir;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
