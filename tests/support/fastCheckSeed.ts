import fc from 'fast-check';
import { beforeEach } from 'vitest';
import { runSeed, seedLine } from './seed.js';

/**
 * Vitest setup file: every fast-check property in the file runs from this file's seed
 * (WTP_SEED, or one made up for the run), and a failing test prints the line to replay it.
 * fast-check's own report ("seed: N, path: ...") then names the same seed.
 */
const seed = runSeed();
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(() => console.log(seedLine(seed, task.file.filepath)));
});
