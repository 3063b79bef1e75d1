import type { LocalText } from '../domain/text.js';

/**
 * Specialist knowledge (vakkennis) a function can require and a professional can bring.
 * Separate from the 12 competencies: the articles name it as its own quality, often tied
 * to a specialism.
 */
export interface Expertise {
  key: string;
  name: LocalText;
}

export const EXPERTISE: readonly Expertise[] = [
  { key: 'youth', name: { nl: 'Jeugd en gezin', en: 'Youth and family' } },
  { key: 'mentalHealth', name: { nl: 'Psychiatrie en GGZ', en: 'Mental health' } },
  { key: 'debt', name: { nl: 'Schulden en armoede', en: 'Debt and poverty' } },
  { key: 'disability', name: { nl: 'Beperkingen', en: 'Disability' } },
  { key: 'elderly', name: { nl: 'Ouderen', en: 'Older people' } },
  { key: 'somatic', name: { nl: 'Somatiek en verpleging', en: 'Somatic and nursing care' } },
  { key: 'addiction', name: { nl: 'Verslaving', en: 'Addiction' } },
  { key: 'domesticViolence', name: { nl: 'Huiselijk geweld', en: 'Domestic violence' } },
  { key: 'community', name: { nl: 'Opbouwwerk en participatie', en: 'Community work and participation' } },
  { key: 'income', name: { nl: 'Inkomen en regelingen', en: 'Income and benefits' } },
  { key: 'crisis', name: { nl: 'Crisisinterventie', en: 'Crisis intervention' } },
];

export const EXPERTISE_KEYS: readonly string[] = EXPERTISE.map((e) => e.key);
