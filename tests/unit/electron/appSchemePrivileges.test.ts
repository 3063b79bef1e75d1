import { describe, expect, it } from 'vitest';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from '../../../electron/protocol/appProtocol.js';

describe('app: scheme privileges', () => {
  it('keeps V8 code cache between starts (only honoured for a standard scheme)', () => {
    expect(APP_SCHEME_PRIVILEGES.privileges?.codeCache).toBe(true);
    expect(APP_SCHEME_PRIVILEGES.privileges?.standard).toBe(true);
  });

  it('is the app scheme, standard and secure (a secure context with a real host), and grants nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe(APP_SCHEME);
    expect(APP_SCHEME_PRIVILEGES.privileges).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      codeCache: true,
    });
  });
});
