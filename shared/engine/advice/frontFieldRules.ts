import { message } from '../../i18n/message.js';
import type { TeamPlan } from '../../plan/planSchema.js';
import { defineRule } from './rule.js';

/**
 * The voorliggend veld: first-line partners (welfare desk, GP, school, volunteers) who refer
 * cases TO the team; not the schil, which the team refers to. For an A2 team the connection
 * is "extra important", since that field must bring the cases (Integraal werken in de wijk, 2017, "Voor- en nadelen
 * van model A2"); the same holds for any team whose questions arrive by referral.
 */

/** Whether cases reach this team through the voorliggend veld: the A2 model or the team's own answer. */
function reliesOnFrontField(team: TeamPlan['team']): boolean {
  return team.model === 'A2' || team.design.questions.arrival !== 'direct';
}

export const frontFieldMissing = defineRule(
  {
    id: 'front-field-missing',
    severity: 'warning',
    about: message('rule.frontFieldMissing.about'),
  },
  ({ plan }, say) => {
    const { team } = plan;
    if (!reliesOnFrontField(team) || team.frontField.length > 0) return [];
    return [say(message('rule.frontFieldMissing.text'), { kind: 'team', id: team.id })];
  },
);

export const frontFieldWithoutRoute = defineRule(
  {
    id: 'front-field-no-referral-route',
    severity: 'info',
    about: message('rule.frontFieldNoRoute.about'),
  },
  ({ plan }, say) => {
    const { team } = plan;
    if (!reliesOnFrontField(team)) return [];
    const without = team.frontField.filter((p) => p.referralRoute.trim() === '');
    if (without.length === 0) return [];
    return [
      say(
        message('rule.frontFieldNoRoute.text', {
          count: without.length,
          partners: without.map((p) => p.name).join(', '),
        }),
        { kind: 'team', id: team.id },
      ),
    ];
  },
);
