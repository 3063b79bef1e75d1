import { describe, expect, it } from 'vitest';
import { fn, holds, needs, person, plan, team } from '../fixtures.js';
import { adviceFor } from './adviceTestKit.js';
import { en, nl } from '../../../support/inLanguage.js';

const consultation = { organisation: 'Schuldhulp regio', contact: '', arrangement: '', responseTime: '' };

describe('expertise-no-consultation', () => {
  it('asks for a consultation arrangement for each expertise no member holds at the level asked, naming it', () => {
    const p = plan({
      team: team({ model: 'A2' }),
      functions: [
        fn('schuld', [], { name: 'Schuldhulp', expertise: [needs('debt', 3, 1, 'function')] }),
        fn('ggz', [], { name: 'GGZ', expertise: [needs('mentalHealth', 2)] }),
      ],
      professionals: [person('a', {}, { expertise: holds('debt:2', 'mentalHealth:3') })],
      assignments: [['a', 'schuld']],
    });
    const advice = adviceFor('expertise-no-consultation', p);
    expect(advice).toHaveLength(1);
    expect(advice[0]).toMatchObject({ severity: 'warning', subject: { kind: 'team', id: 'team-1' } });
    expect(nl(advice[0]!.message)).toContain(
      'vakkennis van schulden en armoede op niveau 3 (gevraagd door Schuldhulp)',
    );
    expect(en(advice[0]!.message)).toContain('at level 3 (asked for by Schuldhulp)');
  });

  it('keeps an abbreviation in the expertise name as written: "psychiatrie en GGZ", not "ggz"', () => {
    const p = plan({
      functions: [fn('ggz', [], { name: 'Sociaalpsychiatrische zorg', expertise: [needs('mentalHealth', 2)] })],
      professionals: [],
    });
    const [advice] = adviceFor('expertise-no-consultation', p);
    expect(nl(advice!.message)).toContain('vakkennis van psychiatrie en GGZ op niveau 2');
  });

  it('counts requirements of shell functions and of team scope too', () => {
    const p = plan({
      functions: [fn('crisis', [], { placement: 'shell', expertise: [needs('crisis', 2, 1, 'team')] })],
      professionals: [],
    });
    expect(adviceFor('expertise-no-consultation', p)).toHaveLength(1);
  });

  it('is satisfied by a team consultation for that expertise or a shell function with a consultation record', () => {
    const asks = fn('schuld', [], { expertise: [needs('debt')] });
    const onTeam = team({ consultations: [{ expertise: 'debt', ...consultation }] });
    expect(
      adviceFor('expertise-no-consultation', plan({ team: onTeam, functions: [asks], professionals: [] })),
    ).toEqual([]);
    const shell = fn('schil', [], { placement: 'shell', expertise: [needs('debt', 3)], consultation });
    expect(adviceFor('expertise-no-consultation', plan({ functions: [asks, shell], professionals: [] }))).toEqual([]);
    // A shell function without a consultation record does not count as an arrangement.
    const unrecorded = fn('schil', [], { placement: 'shell', expertise: [needs('debt', 3)] });
    expect(
      adviceFor('expertise-no-consultation', plan({ functions: [asks, unrecorded], professionals: [] })),
    ).toHaveLength(1);
  });

  it('is silent when a member holds the expertise at the level asked, and leaves youth in an A1 team to its own rule', () => {
    const p = plan({
      functions: [fn('f', [], { expertise: [needs('debt', 2), needs('youth', 2)] })],
      professionals: [person('a', {}, { expertise: holds('debt:3') })],
      assignments: [['a', 'f']],
    });
    expect(adviceFor('expertise-no-consultation', p)).toEqual([]);
    expect(adviceFor('a1-no-youth-expertise', p)).toHaveLength(1);
  });
});

describe('a1-no-escalation', () => {
  it('lists every in-team function of an A1 team without an escalation route, in one advice', () => {
    const p = plan({
      functions: [
        fn('a', [], { name: 'Casusregie' }),
        fn('b', [], { name: 'Jeugd', escalation: 'Bij zorgen over veiligheid: Veilig Thuis.' }),
        fn('c', [], { name: 'Schuldhulp', escalation: '   ' }),
        fn('d', [], { name: 'GGZ', placement: 'shell' }),
      ],
      professionals: [],
    });
    const advice = adviceFor('a1-no-escalation', p);
    expect(advice).toHaveLength(1);
    expect(advice[0]!.severity).toBe('info');
    expect(nl(advice[0]!.message)).toMatch(/^Bij 2 functies \(Casusregie, Schuldhulp\) staat niet hoe zwaardere/);
    expect(en(advice[0]!.message)).toMatch(/^2 functions \(Casusregie, Schuldhulp\) do not record/);
  });

  it('names a single function in the singular', () => {
    const p = plan({ functions: [fn('a', [], { name: 'Casusregie' })], professionals: [] });
    expect(en(adviceFor('a1-no-escalation', p)[0]!.message)).toMatch(/^Casusregie does not record/);
  });

  it('is silent when every in-team function has a route, and for other models', () => {
    const routed = fn('a', [], { escalation: 'Overleg met de GGZ-consulent binnen een week.' });
    expect(adviceFor('a1-no-escalation', plan({ functions: [routed], professionals: [] }))).toEqual([]);
    expect(
      adviceFor('a1-no-escalation', plan({ team: team({ model: 'A2' }), functions: [fn('a')], professionals: [] })),
    ).toEqual([]);
  });
});
