import { describe, expect, it } from 'vitest';
import { formatTextReport } from '../../../scripts/report/textReport.js';
import { buildJsonReport } from '../../../shared/engine/index.js';
import { fn, holds, needs, person, plan, team } from '../engine/fixtures.js';

function text(p: ReturnType<typeof plan>, lang: 'nl' | 'en' = 'nl'): string {
  return formatTextReport(p, buildJsonReport(p, { today: '2026-06-01' }), lang);
}

describe('the text report', () => {
  it('marks each requirement as covered, thin, partial or missing, with counts and shortfall', () => {
    const p = plan({
      functions: [
        fn(
          'f',
          [
            ['empathy', 2, 2],
            ['daring', 3],
            ['coaching', 2, 3],
            ['innovation', 4],
          ],
          { name: 'Jeugd' },
        ),
      ],
      professionals: [person('a', { empathy: 3, daring: 3, coaching: 2, innovation: 2 }), person('b', { empathy: 2 })],
      assignments: [
        ['a', 'f', 16],
        ['b', 'f', 4.5],
      ],
    });
    const out = text(p);
    expect(out).toContain(
      '  Jeugd [in het team] – dekking 50%, 20,5 van 16 uur\n    Leden: Persoon a (16 uur), Persoon b (4,5 uur)',
    );
    expect(out).toContain('    ✓ Inlevingsvermogen ≥2 ×2: gedekt (2 geschikt, 2 nodig)');
    expect(out).toContain('    ! Durf ≥3: kwetsbaar: rust op één persoon');
    expect(out).toContain('    ~ Coachen ≥2 ×3: deels gedekt (1 geschikt, 3 nodig)');
    expect(out).toContain('    ✗ Innoverend vermogen ≥4: ontbreekt (0 geschikt, 1 nodig, tekort 2 niveaus)');
  });

  it('says so plainly when a function is empty, in the shell, or nothing needs advice or suggestions', () => {
    const p = plan({
      functions: [
        fn('leeg', [], { name: 'Casusregie' }),
        fn('s', [['empathy', 3]], { name: 'Crisis', placement: 'shell' }),
      ],
      professionals: [],
    });
    const out = text(p);
    expect(out).toContain('    Leden: niemand\n    geen competentie-eisen');
    expect(out).toContain(
      '  Crisis [in de schil] – het team verwijst door naar de specialistische schil; er zijn geen teamleden nodig',
    );
    expect(out).toContain('Meer uren dan het contract\n  niemand\n');
    expect(out).toContain('Wie dicht het gat?\n  geen gaten in de functies van het team');
    expect(out).toContain('Beste aanvullingen (stap voor stap)\n  geen toevoeging dekt nog een eis');
    expect(out).toContain('[Belangrijk] Niemand vervult de functie Casusregie.');
  });

  it('lists a candidate without room for an assignment last, and says so', () => {
    const p = plan({
      functions: [
        fn(
          'f',
          [
            ['daring', 3],
            ['empathy', 3],
          ],
          { name: 'Jeugd' },
        ),
        fn('g', [], { name: 'Toegang', hoursRequired: 40 }),
      ],
      professionals: [
        // Anouk would cover more, but has no room: she still comes after Bram.
        person('vol', { daring: 4, empathy: 3 }, { name: 'Anouk', contractHours: 24 }),
        person('vrij', { daring: 3 }, { name: 'Bram', contractHours: 24 }),
      ],
      assignments: [
        ['vol', 'g', 22],
        ['vrij', 'g', 8],
      ],
    });
    expect(text(p)).toContain(
      '  Jeugd – Durf ≥3 (ontbreekt):\n' +
        '    Bram (niveau 3, dekt 1 eis, 16 uur vrij)\n' +
        '    Anouk (niveau 4, dekt 2 eisen, maar 2 uur vrij: minder dan de minimale 4 uur per plaatsing)\n',
    );
  });

  it('lists expertise by where it sits, and gaps with ranked candidates', () => {
    const p = plan({
      team: team({ model: 'domain' }),
      functions: [
        fn('f', [['daring', 3]], { name: 'GGZ', expertise: [needs('mentalHealth')] }),
        fn('s', [], { placement: 'shell', expertise: [needs('crisis')] }),
      ],
      professionals: [
        person('a', { daring: 1 }, { expertise: holds('youth') }),
        person('yara', { daring: 4 }, { name: 'Yara', contractHours: 24 }),
      ],
      assignments: [['a', 'f', 8]],
    });
    const out = text(p);
    expect(out).toContain(
      'Vakkennis\n  in het team: Jeugd en gezin\n  alleen in de schil: Crisisinterventie\n  ontbreekt: Psychiatrie en GGZ',
    );
    expect(out).toContain('  GGZ – Durf ≥3 (ontbreekt):\n    Yara (niveau 4, dekt 1 eis, 24 uur vrij)');
    expect(out).toContain('  1. Yara in GGZ: +1 eis, teamdekking daarna 100%');
  });

  it('speaks English when asked, including advice and names of competencies', () => {
    const p = plan({
      functions: [fn('f', [['networking', 2]], { name: 'Access' })],
      professionals: [person('a', { networking: 2 })],
      assignments: [['a', 'f']],
    });
    const out = text(p, 'en');
    expect(out).toMatch(
      /^Coverage report – Wijkteam Test\nArea: Testwijk · Integrated team · A1 – broad integral team for all questions/,
    );
    expect(out).toContain('! Networking ≥2: fragile: rests on one person');
    expect(out).toContain('Team profile (members per level 0-4)');
  });

  it('says whose departure opens which gaps, who only leaves things thin, and how many are spare', () => {
    const p = plan({
      functions: [
        fn(
          'f',
          [
            ['empathy', 3],
            ['daring', 3],
          ],
          { name: 'Casusregie' },
        ),
      ],
      professionals: [
        person('key', { empathy: 3, daring: 3 }, { name: 'Noor' }),
        person('b', { empathy: 3 }, { name: 'Bram' }),
        person('c', {}, { name: 'Cas' }),
      ],
      assignments: [
        ['key', 'f'],
        ['b', 'f'],
        ['c', 'f'],
      ],
    });
    expect(text(p)).toContain(
      'Als iemand vertrekt\n' +
        '  Noor: 1 eis gaat achteruit, teamdekking 100% → 50%\n' +
        '    Casusregie – Durf: gedekt → ontbreekt\n' +
        '  Bram: niets gaat verloren, maar 1 eis rust daarna op één persoon\n' +
        '  Zonder gevolgen voor de dekking: 1 teamlid\n',
    );
    expect(text(plan({ functions: [], professionals: [] }))).toContain(
      'Als iemand vertrekt\n  het team heeft nog geen leden\n',
    );
  });

  it('says a team and a function that ask nothing have nothing asked, not 100% coverage', () => {
    const p = plan({
      functions: [fn('f', [], { name: 'Casusregie' })],
      professionals: [person('a', {}, { name: 'Noor' })],
      assignments: [['a', 'f', 8]],
    });
    const nl = text(p);
    expect(nl).toContain('Teamdekking: Nog niets gevraagd (de functies in het team stellen geen eisen)\n');
    expect(nl).toContain('  Casusregie [in het team] – Nog niets gevraagd, 8 van 16 uur\n');
    expect(nl).not.toContain('100%');
    expect(text(p, 'en')).toContain("Team coverage: Nothing asked yet (the team's functions ask nothing)\n");
    expect(text(plan({ functions: [], professionals: [] }))).toContain('Teamdekking: Nog niets gevraagd');
  });
});
