import { describe, expect, it } from 'vitest';
import { fn, holds, needs, person, plan, team } from '../fixtures.js';
import { adviceFor } from './adviceTestKit.js';
import { en, nl } from '../../../support/inLanguage.js';

describe('competency-single-person', () => {
  it('warns when a competency the team needs is held at the required level by one member only', () => {
    const p = plan({
      functions: [fn('f', [['creativity', 3]]), fn('g', [['empathy', 2]])],
      professionals: [
        person('tom', { creativity: 3, empathy: 2 }, { name: 'Tom' }),
        person('b', { creativity: 2, empathy: 3 }),
      ],
      assignments: [
        ['tom', 'f'],
        ['b', 'g'],
      ],
    });
    const advice = adviceFor('competency-single-person', p);
    expect(advice).toHaveLength(1);
    expect(advice[0]!.severity).toBe('warning');
    expect(nl(advice[0]!.message)).toBe(
      'Creativiteit op niveau 3 rust alleen op Tom. Bij afwezigheid of vertrek mist het team dit; ontwikkel het bij een tweede teamlid.',
    );
    expect(en(advice[0]!.message)).toMatch(/^Creativity at level 3 rests on Tom alone/);
  });
});

describe('expertise-missing', () => {
  const debtDesk = {
    expertise: 'debt',
    organisation: 'Schuldhulp regio',
    contact: '',
    arrangement: '',
    responseTime: '',
  };

  it('warns for expertise an in-team function asks for that no member brings, naming the function', () => {
    const p = plan({
      team: team({ consultations: [debtDesk] }),
      functions: [
        fn('f', [], { name: 'Schulddienstverlening', expertise: [needs('debt')] }),
        fn('g', [], { expertise: [needs('youth')] }),
      ],
      professionals: [person('a', {}, { expertise: holds('youth') })],
      assignments: [['a', 'g']],
    });
    const advice = adviceFor('expertise-missing', p);
    expect(advice).toHaveLength(1);
    expect(nl(advice[0]!.message)).toContain('schulden en armoede');
    expect(nl(advice[0]!.message)).toContain('Schulddienstverlening');
  });

  it('leaves a gap without consultation to expertise-no-consultation, which names both ways out, one line', () => {
    const p = plan({
      functions: [fn('f', [], { name: 'Schulddienstverlening', expertise: [needs('debt')] })],
      professionals: [],
    });
    expect(adviceFor('expertise-missing', p)).toEqual([]);
    const [line, ...more] = adviceFor('expertise-no-consultation', p);
    expect(more).toEqual([]);
    expect(nl(line!.message)).toContain('Neem iemand met deze vakkennis in het team op, of leg vast bij wie het team');
    expect(en(line!.message)).toContain('Add someone with this knowledge to the team, or record whom the team asks');
  });
});

describe('shell-expertise-unrecognised', () => {
  const crisisTeam = { organisation: 'Crisisdienst GGZ', contact: '', arrangement: '', responseTime: '' };

  it('notes expertise that only the shell has, so the team must learn when to call on it', () => {
    const p = plan({
      functions: [
        fn('crisis', [], { placement: 'shell', expertise: [needs('crisis')], consultation: crisisTeam }),
        fn('ggz', [], { placement: 'shell', expertise: [needs('mentalHealth')] }),
      ],
      professionals: [person('a', {}, { expertise: holds('mentalHealth') })],
      assignments: [['a', 'ggz']],
    });
    const advice = adviceFor('shell-expertise-unrecognised', p);
    expect(advice).toHaveLength(1);
    expect(advice[0]).toMatchObject({ severity: 'info' });
    expect(en(advice[0]!.message)).toContain('crisis intervention');
  });

  it('leaves shell expertise without a consultation arrangement to expertise-no-consultation', () => {
    const p = plan({
      functions: [fn('crisis', [], { placement: 'shell', expertise: [needs('crisis')] })],
      professionals: [],
    });
    expect(adviceFor('shell-expertise-unrecognised', p)).toEqual([]);
    expect(adviceFor('expertise-no-consultation', p)).toHaveLength(1);
  });
});
