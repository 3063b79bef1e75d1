import { describe, expect, it } from 'vitest';
import { BUILT_IN_COMPETENCIES, COMPETENCY_KEY_PATTERN } from '../../../shared/catalogue/competencies.js';
import { BUILT_IN_FUNCTIONS } from '../../../shared/catalogue/functions.js';
import { EXPERTISE_KEYS } from '../../../shared/catalogue/expertise.js';
import { LEVELS } from '../../../shared/domain/levels.js';
import { en, nl } from '../../support/inLanguage.js';

describe('the generalist competency profile', () => {
  it('has the 12 competencies of Wijland & De Goede (2012), each named in Dutch and English', () => {
    expect(BUILT_IN_COMPETENCIES.map((c) => c.name.nl)).toEqual([
      'Aanpassingsvermogen',
      'Creativiteit',
      'Coachen',
      'Conflicthantering',
      'Durf',
      'Flexibel gedrag',
      'Inlevingsvermogen',
      'Innoverend vermogen',
      'Netwerken',
      'Overtuigingskracht',
      'Samenwerken',
      'Zelfontwikkeling',
    ]);
    for (const c of BUILT_IN_COMPETENCIES) {
      expect(c.name.en.length).toBeGreaterThan(0);
      expect(c.description.nl.length).toBeGreaterThan(10);
      expect(c.description.en.length).toBeGreaterThan(10);
      expect(c.key).toMatch(COMPETENCY_KEY_PATTERN);
    }
  });

  it('has one level scale 0-4 with a label for each step', () => {
    expect(LEVELS.map((l) => l.value)).toEqual([0, 1, 2, 3, 4]);
    expect(LEVELS.map((l) => nl(l.label))).toEqual(['niet aanwezig', 'in ontwikkeling', 'bekwaam', 'sterk', 'expert']);
    expect(LEVELS.map((l) => en(l.label))).toEqual(['none', 'developing', 'competent', 'strong', 'expert']);
  });
});

describe('the function catalogue', () => {
  const competencyKeys = new Set(BUILT_IN_COMPETENCIES.map((c) => c.key));

  it('only refers to known competencies and expertise, once per function', () => {
    for (const f of BUILT_IN_FUNCTIONS) {
      const keys = f.requirements.map((r) => r.competency);
      expect(new Set(keys).size, f.key).toBe(keys.length);
      for (const k of keys) expect(competencyKeys.has(k), `${f.key} requires ${k}`).toBe(true);
      for (const e of f.expertise) expect(EXPERTISE_KEYS, `${f.key} needs ${e}`).toContain(e);
    }
  });

  it('has unique keys and holds the eight functions named by the sources', () => {
    const keys = BUILT_IN_FUNCTIONS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        'crisisIntervention',
        'socioPedagogical',
        'socioPsychiatric',
        'disabilityCare',
        'socialServices',
        'debtServices',
        'communityDevelopment',
        'somaticCare',
      ]),
    );
  });
});
