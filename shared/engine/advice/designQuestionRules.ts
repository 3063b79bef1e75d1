import { message } from '../../i18n/message.js';
import { functionText } from '../../catalogue/functionName.js';
import { defineRule } from './rule.js';
import { YOUTH_EXPERTISE } from './specialistKnowledgeRules.js';

/**
 * Whether the functions follow from the answers to the three design questions. De Waal e.a. (the
 * introduction of "Integrale wijkteams: een kwestie van kiezen"): first answer "hoe breed, hoe
 * ver, hoe geïntegreerd", then fix the functions; these rules point out where the two drifted apart.
 */

/** Function templates that carry collective work (residents' initiatives, group activities). */
const COLLECTIVE_TEMPLATES: readonly string[] = ['collectiveArrangements', 'communityDevelopment'];
/** The function template for crisis intervention, one function a team can have (De Waal e.a.). */
const CRISIS_TEMPLATE = 'crisisIntervention';

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

/**
 * Crisis intervention may sit in the team or in the schil: the source only says a team can have
 * it. What must agree is its placement and the answer to "hoe ver?".
 */
export const crisisPlacementVsDepth = defineRule(
  {
    id: 'crisis-placement-depth',
    severity: 'info',
    about: message('rule.crisisPlacement.about'),
  },
  ({ plan }, say) => {
    const depth = plan.team.design.depth.mode;
    return plan.functions
      .filter((f) => f.templateKey === CRISIS_TEMPLATE)
      .filter(
        // In the schil while the team solves is a sound choice once the plan says whom the team calls in a crisis.
        (f) =>
          (f.placement === 'team' && depth === 'signalAndRefer') ||
          (f.placement === 'shell' && depth === 'solve' && f.consultation === null),
      )
      .map((f) =>
        say(
          f.placement === 'team'
            ? message('rule.crisisPlacement.inTeam', { function: functionText(f) })
            : message('rule.crisisPlacement.inShell', { function: functionText(f) }),
          { kind: 'function', id: f.id },
        ),
      );
  },
);
