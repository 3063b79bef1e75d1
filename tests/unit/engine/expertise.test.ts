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
    expect(byKey('youth')).toEqual({
      key: 'youth',
      status: 'team',
      holders: ['a'],
      requiredBy: ['jeugd', 'crisis'],
      requiredLevel: 2,
      requiredPeople: 1,
    });
    expect(byKey('mentalHealth')).toMatchObject({ status: 'team', holders: ['b'] });
  });

  it('is missing when an in-team function asks for it and no member (the pool does not count) brings it', () => {
    expect(byKey('debt')).toEqual({
      key: 'debt',
      status: 'missing',
      holders: [],
      requiredBy: ['schulden'],
      requiredLevel: 2,
      requiredPeople: 1,
    });
  });

  it('is only in the shell when only shell functions ask for it and no member brings it', () => {
    expect(byKey('crisis')).toEqual({
      key: 'crisis',
      status: 'shell',
      holders: [],
      requiredBy: ['crisis'],
      requiredLevel: null,
      requiredPeople: 0,
    });
  });

  it('lists what functions ask for first, then other expertise members bring', () => {
    expect(expertise.map((e) => e.key)).toEqual(['youth', 'debt', 'crisis', 'mentalHealth', 'elderly']);
    expect(byKey('elderly')).toEqual({
      key: 'elderly',
      status: 'team',
      holders: ['a'],
      requiredBy: [],
      requiredLevel: null,
      requiredPeople: 0,
    });
  });
});

describe('expertise with levels', () => {
  const p = plan({
    functions: [
      fn('jeugd', [], { expertise: [needs('youth', 3, 2, 'team')] }),
      fn('schulden', [], { expertise: [needs('debt', 2, 1, 'function')] }),
    ],
    professionals: [
      person('a', {}, { expertise: holds('youth:3', 'debt:1') }),
      person('b', {}, { expertise: holds('youth:2') }),
    ],
    assignments: [
      ['a', 'jeugd'],
      ['b', 'schulden'],
    ],
  });
  const expertise = computeCoverage(p).expertise;
  const byKey = (key: string) => expertise.find((e) => e.key === key)!;

  it('counts as holders only the members at the level an in-team function asks for', () => {
    expect(byKey('youth')).toMatchObject({ status: 'team', holders: ['a'], requiredLevel: 3, requiredPeople: 2 });
  });

  it('is missing when members bring it, but below the level asked for', () => {
    expect(byKey('debt')).toMatchObject({ status: 'missing', holders: [], requiredLevel: 2, requiredPeople: 0 });
  });
});
