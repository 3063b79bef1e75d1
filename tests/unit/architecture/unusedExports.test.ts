import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unusedExports } from './unusedExports.js';

/** Names that stay exported with nobody importing them, each with the reason. */
const KEPT: Record<string, string> = {
  'shared/api/result.ts:API_ERROR_CODES':
    'the list documents every error code of the API contract; ApiErrorCode is derived from it',
};

describe('exports', () => {
  it('are imported somewhere: an export nobody uses is dead code or should be private', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const unexplained = unusedExports(root).filter((entry) => !(entry in KEPT));
    expect(unexplained).toEqual([]);
  });
});
