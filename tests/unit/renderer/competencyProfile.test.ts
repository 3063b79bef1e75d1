import { describe, expect, it } from 'vitest';
import { competencyProfile } from '../../../renderer/ui/charts/competencyProfile.js';

describe('competencyProfile (heat map columns and radar axes)', () => {
  const entry = (competency: string, best: number, requiredLevel: number | null) => ({
    competency,
    best,
    requiredLevel,
    countsByLevel: [0, 0, 0, 0, 0] as [number, number, number, number, number],
    holders: [],
    singlePerson: false,
  });
  const report = { profile: [entry('b', 3, 2), entry('a', 1, null)] };
  const name = (key: string) => key.toUpperCase();

  it('keeps the profile order, names each competency and reads no requirement as 0 on the radar', () => {
    const { columns, axes } = competencyProfile(report, name);
    expect(columns).toEqual([
      { key: 'b', name: 'B', required: 2 },
      { key: 'a', name: 'A', required: null },
    ]);
    expect(axes).toEqual([
      { key: 'b', name: 'B', required: 2, team: 3 },
      { key: 'a', name: 'A', required: 0, team: 1 },
    ]);
  });

  it('follows a given order and leaves out competencies outside the profile', () => {
    const { axes } = competencyProfile(report, name, ['a', 'x', 'b']);
    expect(axes.map((a) => a.key)).toEqual(['a', 'b']);
  });
});
