import { describe, expect, it } from 'vitest';
import { sharedDbErrorFrom } from '../../../node/sharedDb/sharedDbError.js';

/** The words for a failed connection, as the settings check and the wachtrij show them. */
describe('why the shared database could not be reached', () => {
  it('says a server name that does not resolve was not found (a typing error, most often)', () => {
    const error = sharedDbErrorFrom(
      Object.assign(new Error('getaddrinfo ENOTFOUND db.gemeente.invalid'), { code: 'ENOTFOUND' }),
    );
    expect(error.kind).toBe('unreachable');
    expect(error.text.key).toBe('sharedDb.error.serverNotFound');
  });

  it('keeps the general words for a server that is away', () => {
    const error = sharedDbErrorFrom(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    expect(error.text.key).toBe('sharedDb.error.unreachable');
  });

  it("treats a single client's sign-in timeout as a lost connection, like the pool's", () => {
    // pg.Client says "timeout expired", pg.Pool "Connection terminated due to connection timeout".
    for (const text of ['timeout expired', 'Connection terminated due to connection timeout']) {
      expect(sharedDbErrorFrom(new Error(text)).text.key).toBe('sharedDb.error.unreachable');
    }
  });
});
