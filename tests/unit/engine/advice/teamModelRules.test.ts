import { describe, expect, it } from 'vitest';
import type { Team } from '../../../../shared/domain/schemas.js';
import { fn, holds, needs, person, plan, team } from '../fixtures.js';
import { adviceFor } from './adviceTestKit.js';
import { en, nl } from '../../../support/inLanguage.js';
import { catalogueData as catalogueNl } from '../../../../shared/i18n/locales/nl/catalogueData.js';

const youthConsultation = {
  expertise: 'youth',
  organisation: 'Jeugdteam regio',
  contact: '',
  arrangement: 'Wekelijks consultatiespreekuur',
  responseTime: '',
};

describe('a1-no-youth-expertise', () => {
  const functions = [fn('f')];
  it('warns when an A1 team has no member with youth expertise (the pool does not count)', () => {
    const p = plan({
      team: team({ model: 'A1' }),
      functions,
      professionals: [person('a', {}, { expertise: holds('debt') }), person('pool', {}, { expertise: holds('youth') })],
      assignments: [['a', 'f']],
    });
    const [advice] = adviceFor('a1-no-youth-expertise', p);
    expect(advice).toMatchObject({ severity: 'warning', subject: { kind: 'team', id: 'team-1' } });
    expect(nl(advice!.message)).toMatch(/vakkennis van jeugd/);
    expect(en(advice!.message)).toMatch(/specialist knowledge of youth/);
    // A1 does not mean "0 to 100+": that was one municipality's ambition.
    expect(nl(advice!.message)).not.toMatch(/100\+/);
    expect(en(advice!.message)).not.toMatch(/100\+/);
  });

  it('warns when members hold youth knowledge below the level a function asks for', () => {
    const p = plan({
      team: team({ model: 'A1' }),
      functions: [fn('f', [], { expertise: [needs('youth', 3)] })],
      professionals: [person('a', {}, { expertise: holds('youth:2') })],
      assignments: [['a', 'f']],
    });
    expect(adviceFor('a1-no-youth-expertise', p)).toHaveLength(1);
  });

  it('is silent once a youth consultation is arranged, on the team or via a shell function', () => {
    const base = { functions, professionals: [person('a')], assignments: [['a', 'f']] as [string, string][] };
    expect(
      adviceFor('a1-no-youth-expertise', plan({ team: team({ consultations: [youthConsultation] }), ...base })),
    ).toEqual([]);
    const { expertise: _key, ...consultation } = youthConsultation;
    const shell = fn('jeugd', [], { placement: 'shell', expertise: [needs('youth')], consultation });
    expect(adviceFor('a1-no-youth-expertise', plan({ ...base, functions: [...functions, shell] }))).toEqual([]);
  });

  it('is silent when a member brings youth expertise, when the model is not A1, or for an 18+ team nobody asks youth of', () => {
    const members = {
      functions,
      professionals: [person('a', {}, { expertise: holds('youth') })],
      assignments: [['a', 'f']] as [string, string][],
    };
    expect(adviceFor('a1-no-youth-expertise', plan({ team: team({ model: 'A1' }), ...members }))).toEqual([]);
    expect(
      adviceFor('a1-no-youth-expertise', plan({ team: team({ model: 'A2' }), functions, professionals: [] })),
    ).toEqual([]);
    expect(
      adviceFor(
        'a1-no-youth-expertise',
        plan({ team: team({ ageGroups: ['adults', 'elderly'] }), functions, professionals: [] }),
      ),
    ).toEqual([]);
  });
});

describe('a1-narrow-breadth', () => {
  it('asks an A1 team split at 18 for a handover at 18 and coordination per household, never for another model', () => {
    const p = plan({ team: team({ model: 'A1', ageGroups: ['adults', 'elderly'] }), functions: [], professionals: [] });
    const [advice] = adviceFor('a1-narrow-breadth', p);
    expect(advice!.severity).toBe('info');
    const dutch = nl(advice!.message);
    expect(dutch).toContain('(niet voor: Jeugd (0-17))');
    expect(dutch).toContain('18 worden');
    expect(dutch).toContain('huishouden');
    expect(en(advice!.message)).toContain('turning 18');
    for (const text of [dutch, en(advice!.message)]) expect(text).not.toMatch(/model/i);
  });

  it('asks only for coordination when the split is not at 18', () => {
    const p = plan({ team: team({ model: 'A1', ageGroups: ['youth', 'adults'] }), functions: [], professionals: [] });
    const text = nl(adviceFor('a1-narrow-breadth', p)[0]!.message);
    expect(text).toContain('Ouderen (65+)');
    expect(text).not.toContain('18');
  });

  it('is silent for an A1 team serving every age group (whatever its breadth answer) and for other models', () => {
    const focused = team({ model: 'A1' });
    focused.design.breadth.scope = 'focused';
    expect(adviceFor('a1-narrow-breadth', plan({ team: focused, functions: [], professionals: [] }))).toEqual([]);
    expect(
      adviceFor(
        'a1-narrow-breadth',
        plan({ team: team({ model: 'targetGroup', ageGroups: ['youth'] }), functions: [], professionals: [] }),
      ),
    ).toEqual([]);
  });
});

describe('a2-life-domains-uncovered', () => {
  const a2 = team({
    model: 'A2',
    design: { ...team().design, questions: { reach: 'complex', arrival: 'referred', notes: '' } },
  });

  it('lists the life domains no in-team function serves, and says the list is the planner\u2019s own', () => {
    const p = plan({
      team: a2,
      functions: [
        fn('schuld', [], { lifeDomains: ['income', 'housing', 'work', 'physicalHealth', 'mentalHealth'] }),
        fn('gezin', [], { lifeDomains: ['socialNetwork', 'parenting', 'safety'] }),
        // A shell function's domains do not count: the risk is the team's own approach.
        fn('schil', [], { placement: 'shell', lifeDomains: ['dailyLiving'] }),
      ],
      professionals: [],
    });
    const [advice] = adviceFor('a2-life-domains-uncovered', p);
    expect(advice!.severity).toBe('info');
    expect(nl(advice!.message)).toContain(
      'geen enkele functie richt zich op: huishouden en zelfzorg, samenleven in de wijk.',
    );
    expect(nl(advice!.message)).toContain('keuze van de planner');
    expect(en(advice!.message)).toContain('planner\u2019s own');
  });

  it('is silent when the functions cover every life domain, and for other models', () => {
    const all = fn('alles', [], {
      lifeDomains: [
        'income',
        'housing',
        'work',
        'physicalHealth',
        'mentalHealth',
        'socialNetwork',
        'parenting',
        'safety',
        'dailyLiving',
        'community',
      ],
    });
    expect(adviceFor('a2-life-domains-uncovered', plan({ team: a2, functions: [all], professionals: [] }))).toEqual([]);
    expect(adviceFor('a2-life-domains-uncovered', plan({ functions: [fn('f')], professionals: [] }))).toEqual([]);
  });
});

describe('model-question-mismatch', () => {
  const withQuestions = (model: Team['model'], reach: 'all' | 'complex', arrival: 'direct' | 'referred' | 'both') =>
    plan({
      team: team({ model, design: { ...team().design, questions: { reach, arrival, notes: '' } } }),
      functions: [],
      professionals: [],
    });

  it('flags an A2 team that takes all questions, or whose residents only come directly', () => {
    expect(nl(adviceFor('model-question-mismatch', withQuestions('A2', 'all', 'referred'))[0]!.message)).toContain(
      'alle vragen',
    );
    expect(en(adviceFor('model-question-mismatch', withQuestions('A2', 'complex', 'direct'))[0]!.message)).toContain(
      'only come directly',
    );
  });

  it('names only the question it looked at when A2 residents only come directly', () => {
    // The rule fires on the arrival answer alone (reach is 'complex', which fits A2), so the
    // advice must point to that question and not to the one about which questions reach the team.
    const text = nl(adviceFor('model-question-mismatch', withQuestions('A2', 'complex', 'direct'))[0]!.message);
    expect(text).toContain(`‘${catalogueNl['cat.design.questions.arrival']}’`);
    expect(text).not.toContain(catalogueNl['cat.design.questions.reach']);
  });

  it('flags an A1 team that takes only complex questions', () => {
    const [advice] = adviceFor('model-question-mismatch', withQuestions('A1', 'complex', 'both'));
    expect(advice).toMatchObject({ severity: 'info', subject: { kind: 'team' } });
    expect(en(advice!.message)).toContain('fits model A2');
  });

  it('is silent when model and questions agree, and for domain and target-group teams', () => {
    expect(adviceFor('model-question-mismatch', withQuestions('A1', 'all', 'direct'))).toEqual([]);
    expect(adviceFor('model-question-mismatch', withQuestions('A2', 'complex', 'referred'))).toEqual([]);
    expect(adviceFor('model-question-mismatch', withQuestions('A2', 'complex', 'both'))).toEqual([]);
    expect(adviceFor('model-question-mismatch', withQuestions('domain', 'complex', 'direct'))).toEqual([]);
  });
});
