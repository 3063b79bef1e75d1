import { message } from '../../i18n/message.js';
import { defineRule } from './rule.js';
import { YOUTH_EXPERTISE } from './teamModelRules.js';

/**
 * Whether the functions follow from the answers to the three design questions. docs/domain.md:
 * first answer "how broad, how far, how integrated", then fix the functions; these rules
 * point out where the two drifted apart.
 */

/** Function templates that carry collective work (residents' initiatives, group activities). */
const COLLECTIVE_TEMPLATES: readonly string[] = ['collectiveArrangements', 'communityDevelopment'];

export const referWithoutShell = defineRule(
  {
    id: 'depth-refer-without-shell',
    severity: 'info',
    about: message('rule.referWithoutShell.about'),
  },
  ({ plan }, say) => {
    if (plan.team.design.depth.mode !== 'signalAndRefer') return [];
    if (plan.functions.some((f) => f.placement === 'shell')) return [];
    return [say(message('rule.referWithoutShell.text'), { kind: 'team', id: plan.team.id })];
  },
);

export const solveButMostlyShell = defineRule(
  {
    id: 'depth-solve-mostly-shell',
    severity: 'info',
    about: message('rule.solveMostlyShell.about'),
  },
  ({ plan }, say) => {
    if (plan.team.design.depth.mode !== 'solve') return [];
    const inShell = plan.functions.filter((f) => f.placement === 'shell').length;
    if (inShell * 2 <= plan.functions.length) return [];
    return [
      say(message('rule.solveMostlyShell.text', { inShell, functions: plan.functions.length }), {
        kind: 'team',
        id: plan.team.id,
      }),
    ];
  },
);

export const collectiveWithoutFunction = defineRule(
  {
    id: 'collective-without-function',
    severity: 'info',
    about: message('rule.collectiveWithoutFunction.about'),
  },
  ({ plan }, say) => {
    if (!plan.team.design.breadth.collective) return [];
    const carried = plan.functions.some(
      (f) => f.placement === 'team' && f.templateKey !== null && COLLECTIVE_TEMPLATES.includes(f.templateKey),
    );
    if (carried) return [];
    return [say(message('rule.collectiveWithoutFunction.text'), { kind: 'team', id: plan.team.id })];
  },
);

export const youthWithoutFunction = defineRule(
  {
    id: 'youth-without-function',
    severity: 'warning',
    about: message('rule.youthWithoutFunction.about'),
  },
  ({ plan }, say) => {
    if (!plan.team.ageGroups.includes('youth')) return [];
    if (plan.functions.some((f) => f.expertise.some((e) => e.expertise === YOUTH_EXPERTISE))) return [];
    return [say(message('rule.youthWithoutFunction.text'), { kind: 'team', id: plan.team.id })];
  },
);
