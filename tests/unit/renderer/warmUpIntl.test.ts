import { describe, expect, it } from 'vitest';
import { warmUpIntl } from '../../../renderer/app/warmUpIntl.js';

describe('warmUpIntl', () => {
  it('is only a head start: a locale the browser refuses never stops the entry', () => {
    expect(() => warmUpIntl('not a locale!')).not.toThrow();
    expect(() => warmUpIntl('nl-NL')).not.toThrow();
  });
});
