import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/engine/index.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';
import { scenarioChanges } from '../../../renderer/scenarios/scenarioChanges.js';
import { compareScenarios } from '../../../renderer/scenarios/compareScenarios.js';
import { translator } from '../../../shared/i18n/translator.js';
import { fn, person, plan } from '../engine/fixtures.js';

const side = (p: TeamPlan) => ({ plan: p, report: computeCoverage(p) });
// A team's own function reads as written, in either language.
const own = (name: string) => ({ nl: name, en: name });

// Two functions; each scenario has its own function ids, as variants in the store do.
const functions = (suffix: string) => [
  fn(`zorg${suffix}`, [['coaching', 3, 2]], { name: 'Sociaalpedagogische zorg' }),
  fn(`toegang${suffix}`, [['networking', 2]], { name: 'Toegang' }),
];
const people = [
  person('ann', { coaching: 3, networking: 2 }),
  person('bob', { coaching: 3 }),
  person('cas', { networking: 1 }),
];

describe('scenarioChanges', () => {
  const left = plan({
    functions: functions('-a'),
    professionals: people,
    assignments: [
      ['ann', 'zorg-a', 16],
      ['ann', 'toegang-a', 8],
      ['cas', 'toegang-a', 6],
    ],
  });

  it('lists who joined, left or changed hours beside the requirements that changed with them', () => {
    const right = plan({
      functions: functions('-b'),
      professionals: people,
      assignments: [
        ['ann', 'zorg-b', 12],
        ['bob', 'zorg-b', 20],
        ['ann', 'toegang-b', 8],
      ],
    });
    const changes = scenarioChanges(side(left), side(right));
    expect(changes).toEqual([
      {
        functionName: own('Sociaalpedagogische zorg'),
        presence: 'both',
        members: [
          { name: 'Persoon ann', before: 16, after: 12 },
          { name: 'Persoon bob', before: null, after: 20 },
        ],
        // Two of two people at level 3: partial before, covered after.
        requirements: [{ kind: 'competency', competency: 'coaching', level: 3, before: 'partial', after: 'covered' }],
      },
      {
        functionName: own('Toegang'),
        presence: 'both',
        members: [{ name: 'Persoon cas', before: 6, after: null }],
        // Ann alone covered it before and after: cas never qualified, so nothing changes for the requirement.
        requirements: [],
      },
    ]);
  });

  it('says nothing when the same people have the same hours in functions of the same names', () => {
    const copy = plan({
      functions: functions('-c'),
      professionals: people,
      assignments: [
        ['cas', 'toegang-c', 6],
        ['ann', 'toegang-c', 8],
        ['ann', 'zorg-c', 16],
      ],
    });
    expect(scenarioChanges(side(left), side(copy))).toEqual([]);
  });

  it('matches two functions of the same name in order, the first with the first', () => {
    const twins = (suffix: string) => [
      fn(`a${suffix}`, [['coaching', 3]], { name: 'Wijkcoach' }),
      fn(`b${suffix}`, [['coaching', 3]], { name: 'Wijkcoach' }),
    ];
    const before = plan({
      functions: twins('1'),
      professionals: people,
      assignments: [['ann', 'a1', 8]],
    });
    const after = plan({
      functions: twins('2'),
      professionals: people,
      assignments: [
        ['ann', 'a2', 8],
        ['bob', 'b2', 12],
      ],
    });
    // Only the second Wijkcoach changed: bob joined it and its coaching is now covered.
    expect(scenarioChanges(side(before), side(after))).toEqual([
      {
        functionName: own('Wijkcoach'),
        presence: 'both',
        members: [{ name: 'Persoon bob', before: null, after: 12 }],
        requirements: [{ kind: 'competency', competency: 'coaching', level: 3, before: 'missing', after: 'thin' }],
      },
    ]);
  });

  it('shows a thin requirement as thin, and a function only one side has', () => {
    const right = plan({
      functions: [functions('-d')[1]!, fn('nieuw', [['coaching', 3]], { name: 'Jeugd' })],
      professionals: people,
      assignments: [['bob', 'nieuw', 8]],
    });
    const changes = scenarioChanges(side(left), side(right));
    expect(changes.map((c) => [c.functionName.nl, c.presence])).toEqual([
      ['Sociaalpedagogische zorg', 'onlyLeft'],
      ['Toegang', 'both'],
      ['Jeugd', 'onlyRight'],
    ]);
    expect(changes[0]!.requirements).toEqual([
      { kind: 'competency', competency: 'coaching', level: 3, before: 'partial', after: null },
    ]);
    // Toegang lost everyone: covered by ann alone (thin) before, missing after.
    expect(changes[1]!.requirements).toEqual([
      { kind: 'competency', competency: 'networking', level: 2, before: 'thin', after: 'missing' },
    ]);
    expect(changes[2]!.requirements).toEqual([
      { kind: 'competency', competency: 'coaching', level: 3, before: null, after: 'thin' },
    ]);
  });
});

describe('compareScenarios', () => {
  const withMembers = (suffix: string, members: string[]) =>
    plan({
      functions: functions(suffix),
      professionals: people,
      assignments: members.map((id) => [id, `zorg${suffix}`, 8] as [string, string, number]),
    });

  it('says "the same people" only when both have exactly the same people, not when one side is empty', () => {
    const empty = compareScenarios(side(withMembers('-a', [])), side(withMembers('-b', ['ann', 'bob'])));
    expect(empty.onlyInA).toEqual([]);
    expect(empty.onlyInB).toEqual(['Persoon ann', 'Persoon bob']);
    expect(empty.samePeople).toBe(false);
    const fewer = compareScenarios(side(withMembers('-a', ['ann', 'bob'])), side(withMembers('-b', ['ann'])));
    expect(fewer.onlyInB).toEqual([]);
    expect(fewer.samePeople).toBe(false);
    const same = compareScenarios(side(withMembers('-a', ['ann', 'bob'])), side(withMembers('-b', ['bob', 'ann'])));
    expect(same.samePeople).toBe(true);
  });
});

describe('a catalogue function in the comparison', () => {
  // Stored in Dutch in one scenario and in English in the other (added from the English screen).
  const caseCoordination = (id: string, name: string) =>
    fn(id, [['coaching', 3]], { name, templateKey: 'caseCoordination' });
  const dutch = plan({ functions: [caseCoordination('cc-a', 'Casusregie')], professionals: people, assignments: [] });
  const english = plan({
    functions: [caseCoordination('cc-b', 'Case coordination')],
    professionals: people,
    assignments: [['bob', 'cc-b', 8]],
  });
  const en = translator('en');

  it('reads in the language of the screen in the gaps, as on the board', () => {
    const gap = compareScenarios(side(dutch), side(english)).a.gaps[0]!;
    const text = en.t('compare.gap', { fn: gap.functionName, competency: 'Coaching', status: 'missing' });
    expect(text).toContain('Case coordination');
    expect(text).not.toContain('Casusregie');
  });

  it('is one function whichever language it was stored in, named in the language of the screen', () => {
    const changes = scenarioChanges(side(dutch), side(english));
    expect(
      changes.map((c) => [en.t('changes.functionOnlyIn', { function: c.functionName, scenario: 'B' }), c.presence]),
    ).toEqual([[en.t('changes.functionOnlyIn', { function: 'Case coordination', scenario: 'B' }), 'both']]);
    expect(changes[0]!.functionName).toEqual({ nl: 'Casusregie', en: 'Case coordination' });
  });
});
