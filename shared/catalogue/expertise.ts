import type { LocalText } from '../domain/text.js';
import { bothLanguagesOf } from '../i18n/bothLanguages.js';

/**
 * Specialist knowledge (vakkennis) a function can require and a professional can bring.
 * Separate from the 12 competencies: the articles name it as its own quality, often tied
 * to a specialism.
 */
interface Expertise {
  key: string;
  name: LocalText;
}

export const EXPERTISE: readonly Expertise[] = [
  { key: 'youth', name: bothLanguagesOf('cat.expertise.youth') },
  { key: 'mentalHealth', name: bothLanguagesOf('cat.expertise.mentalHealth') },
  { key: 'debt', name: bothLanguagesOf('cat.expertise.debt') },
  { key: 'disability', name: bothLanguagesOf('cat.expertise.disability') },
  { key: 'elderly', name: bothLanguagesOf('cat.expertise.elderly') },
  { key: 'somatic', name: bothLanguagesOf('cat.expertise.somatic') },
  { key: 'addiction', name: bothLanguagesOf('cat.expertise.addiction') },
  { key: 'domesticViolence', name: bothLanguagesOf('cat.expertise.domesticViolence') },
  { key: 'community', name: bothLanguagesOf('cat.expertise.community') },
  { key: 'income', name: bothLanguagesOf('cat.expertise.income') },
  { key: 'crisis', name: bothLanguagesOf('cat.expertise.crisis') },
];

export const EXPERTISE_KEYS: readonly string[] = EXPERTISE.map((e) => e.key);
