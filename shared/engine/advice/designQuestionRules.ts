import { defineRule } from './rule.js';
import { YOUTH_EXPERTISE } from './teamModelRules.js';

/**
 * Whether the functions follow from the answers to the three design questions. docs/domain.md:
 * first answer "how broad, how far, how integrated", then fix the functions; these rules
 * point out where the two drifted apart.
 */

/** Function templates that carry collective work (residents' initiatives, group activities). */
export const COLLECTIVE_TEMPLATES: readonly string[] = ['collectiveArrangements', 'communityDevelopment'];

export const referWithoutShell = defineRule(
  {
    id: 'depth-refer-without-shell',
    severity: 'info',
    about: {
      nl: 'Het team signaleert en verwijst door, maar het plan zet geen functie in de schil.',
      en: 'The team signals and refers, but the plan puts no function in the shell.',
    },
  },
  ({ plan }, say) => {
    if (plan.team.design.depth.mode !== 'signalAndRefer') return [];
    if (plan.functions.some((f) => f.placement === 'shell')) return [];
    return [
      say(
        {
          nl: 'Bij "Hoe ver?" staat dat het team signaleert en doorverwijst, maar geen enkele functie staat in de schil. Leg vast naar welke specialistische functies het team verwijst.',
          en: '"How far?" says the team signals and refers, yet no function is in the shell. Record which specialist functions the team refers to.',
        },
        { kind: 'team', id: plan.team.id },
      ),
    ];
  },
);

export const solveButMostlyShell = defineRule(
  {
    id: 'depth-solve-mostly-shell',
    severity: 'info',
    about: {
      nl: 'Het team lost zelf op, maar de meeste functies staan in de schil.',
      en: 'The team solves things itself, but most functions are in the shell.',
    },
  },
  ({ plan }, say) => {
    if (plan.team.design.depth.mode !== 'solve') return [];
    const inShell = plan.functions.filter((f) => f.placement === 'shell').length;
    if (inShell * 2 <= plan.functions.length) return [];
    return [
      say(
        {
          nl: `Bij "Hoe ver?" staat dat het team zelf oplost, maar ${inShell} van de ${plan.functions.length} functies staan in de schil. Haal functies het team in, of kies voor signaleren en doorverwijzen.`,
          en: `"How far?" says the team solves things itself, yet ${inShell} of its ${plan.functions.length} functions are in the shell. Bring functions into the team, or choose to signal and refer.`,
        },
        { kind: 'team', id: plan.team.id },
      ),
    ];
  },
);

export const collectiveWithoutFunction = defineRule(
  {
    id: 'collective-without-function',
    severity: 'info',
    about: {
      nl: 'Het team kiest voor collectieve arrangementen, maar geen functie in het team draagt ze.',
      en: 'The team chooses collective arrangements, but no in-team function carries them.',
    },
  },
  ({ plan }, say) => {
    if (!plan.team.design.breadth.collective) return [];
    const carried = plan.functions.some(
      (f) => f.placement === 'team' && f.templateKey !== null && COLLECTIVE_TEMPLATES.includes(f.templateKey),
    );
    if (carried) return [];
    return [
      say(
        {
          nl: 'Bij "Hoe breed?" staat dat het team ook collectief werkt (bewonersinitiatieven, voorzieningen in de wijk), maar geen functie in het team draagt dat. Voeg Collectieve arrangementen of Samenlevingsopbouw toe.',
          en: '"How broad?" says the team also works collectively (residents\u2019 initiatives, facilities in the area), but no in-team function carries it. Add Collective arrangements or Community development.',
        },
        { kind: 'team', id: plan.team.id },
      ),
    ];
  },
);

export const youthWithoutFunction = defineRule(
  {
    id: 'youth-without-function',
    severity: 'warning',
    about: {
      nl: 'Het team is er voor jeugd, maar geen functie (in team of schil) vraagt jeugdexpertise.',
      en: 'The team serves youth, but no function (in the team or the shell) asks for youth expertise.',
    },
  },
  ({ plan }, say) => {
    if (!plan.team.ageGroups.includes('youth')) return [];
    if (plan.functions.some((f) => f.expertise.includes(YOUTH_EXPERTISE))) return [];
    return [
      say(
        {
          nl: 'Het team is er ook voor jeugd (0-17), maar geen functie in het team of de schil vraagt jeugdexpertise. Voeg een jeugdfunctie toe, of leg vast naar wie het team jeugdvragen verwijst.',
          en: 'The team also serves youth (0-17), but no function in the team or the shell asks for youth expertise. Add a youth function, or record where the team refers youth questions.',
        },
        { kind: 'team', id: plan.team.id },
      ),
    ];
  },
);
