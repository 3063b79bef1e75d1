import { message } from '../../i18n/message.js';
import { hasConsultation, lackingExpertise } from './lackingExpertise.js';
import { defineRule, expertiseName, functionNames, lowerCase } from './rule.js';

/**
 * The A1 model's two known risks (Integraal werken in de wijk, 2017, "Voor- en nadelen van model A1"): specialist
 * knowledge needs upkeep, otherwise problems are missed and consultation comes late; and
 * heavier problems stay in the team too long. Turned into checks on the plan's own records:
 * a consultation arrangement for every expertise the team lacks, an escalation route for
 * every in-team function.
 */

/** The expertise the source itself names as an A1 team's weak spot. */
export const YOUTH_EXPERTISE = 'youth';

export const a1WithoutYouthExpertise = defineRule(
  {
    id: 'a1-no-youth-expertise',
    severity: 'warning',
    about: message('rule.a1NoYouthExpertise.about'),
  },
  ({ plan, report }, say) => {
    const { team } = plan;
    if (team.model !== 'A1') return [];
    const youth = lackingExpertise(plan, report.memberIds).find((e) => e.key === YOUTH_EXPERTISE);
    if (!youth) return [];
    // An 18+ team that no function asks youth knowledge of has no youth questions to miss.
    if (!team.ageGroups.includes('youth') && youth.requiredBy.length === 0) return [];
    if (hasConsultation(plan, YOUTH_EXPERTISE)) return [];
    return [say(message('rule.a1NoYouthExpertise.text'), { kind: 'team', id: team.id })];
  },
);

export const expertiseWithoutConsultation = defineRule(
  {
    id: 'expertise-no-consultation',
    severity: 'warning',
    about: message('rule.expertiseNoConsultation.about'),
  },
  ({ plan, report }, say) =>
    lackingExpertise(plan, report.memberIds)
      // Youth in an A1 team has its own rule above, in the source's words.
      .filter((e) => e.requiredBy.length > 0 && !(plan.team.model === 'A1' && e.key === YOUTH_EXPERTISE))
      .filter((e) => !hasConsultation(plan, e.key))
      .map((e) =>
        say(
          message('rule.expertiseNoConsultation.text', {
            expertise: lowerCase(expertiseName(e.key)),
            level: e.level,
            functions: functionNames(plan, e.requiredBy),
          }),
          { kind: 'team', id: plan.team.id },
        ),
      ),
);

export const a1WithoutEscalation = defineRule(
  {
    id: 'a1-no-escalation',
    severity: 'info',
    about: message('rule.a1NoEscalation.about'),
  },
  ({ plan }, say) => {
    if (plan.team.model !== 'A1') return [];
    const without = plan.functions.filter((f) => f.placement === 'team' && f.escalation.trim() === '');
    if (without.length === 0) return [];
    return [
      say(
        message('rule.a1NoEscalation.text', {
          count: without.length,
          functions: functionNames(
            plan,
            without.map((f) => f.id),
          ),
        }),
        { kind: 'team', id: plan.team.id },
      ),
    ];
  },
);
