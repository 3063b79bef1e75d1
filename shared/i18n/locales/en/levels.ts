import type { levels as nl } from '../nl/levels.js';

/** The rating scale 0-4, the same keys as the Dutch section. */
export const levels: Record<keyof typeof nl, string> = {
  'level.none': 'none',
  'level.none.description': 'This competency is not (yet) visible.',
  'level.developing': 'developing',
  'level.developing.description': 'Shows the competency at times, with support.',
  'level.competent': 'competent',
  'level.competent.description': 'Shows the competency independently and reliably.',
  'level.strong': 'strong',
  'level.strong.description': 'Applies the competency well in difficult situations too.',
  'level.expert': 'expert',
  'level.expert.description': 'Can coach others in this competency.',
};
