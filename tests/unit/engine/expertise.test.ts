import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/engine/index.js';
import { fn, holds, needs, person, plan } from './fixtures.js';

describe('expertise in the team versus the shell', () => {
  const p = plan({
    functions: [
      fn('jeugd', [], { expertise: [needs('youth')] }),
      fn('schulden', [], { expertise: [needs('debt')] }),
      fn('crisis', [], { placement: 'shell', expertise: [needs('crisis'), needs('youth')] }),
      fn('ggz', [], { placement: 'shell', expertise: [needs('mentalHealth')] }),
    ],
    professionals: [
      person('a', {}, { expertise: holds('youth', 'elderly') }),
      person('pool', {}, { expertise: holds('debt', 'crisis') }),
      person('b', {}, { expertise: holds('mentalHealth') }),
    ],
    assignments: [
      ['a', 'jeugd'],
      ['b', 'schulden'],
    ],
  });
  const expertise = computeCoverage(p).expertise;
  const byKey = (key: string) => expertise.find((e) => e.key === key)!;

  it('is in the team when a member brings it, whoever asks for it', () => {
    expect(byKey('youth')).toEqual({ key: 'youth', status: 'team', holders: ['a'], requiredBy: ['jeugd', 'crisis'] });
    expect(byKey('mentalHealth')).toMatchObject({ status: 'team', holders: ['b'] });
  });

  it('is missing when an in-team function asks for it and no member (the pool does not count) brings it', () => {
    expect(byKey('debt')).toEqual({ key: 'debt', status: 'missing', holders: [], requiredBy: ['schulden'] });
  });

  it('is only in the shell when only shell functions ask for it and no member brings it', () => {
    expect(byKey('crisis')).toEqual({ key: 'crisis', status: 'shell', holders: [], requiredBy: ['crisis'] });
  });

  it('lists what functions ask for first, then other expertise members bring', () => {
    expect(expertise.map((e) => e.key)).toEqual(['youth', 'debt', 'crisis', 'mentalHealth', 'elderly']);
    expect(byKey('elderly')).toEqual({ key: 'elderly', status: 'team', holders: ['a'], requiredBy: [] });
  });
});
