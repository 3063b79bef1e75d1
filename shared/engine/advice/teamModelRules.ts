import { LIFE_DOMAIN_INFO, LIFE_DOMAINS } from '../../catalogue/lifeDomains.js';
import { AGE_GROUP_INFO, AGE_GROUPS } from '../../catalogue/teamDesign.js';
import { message } from '../../i18n/message.js';
import { listOf } from './listOf.js';
import { defineRule } from './rule.js';

/**
 * The A1 and A2 models as the sources describe them (Integraal werken in de wijk, 2017, "Voor- en nadelen van
 * model A1 / A2"): Gouda's reasons against a split A1 team (what such a split should arrange is
 * the planner's own advice), the A2 risk of a problem-centred rather than
 * whole-life approach, and a model that disagrees with the team's own answer on which
 * questions reach it. The sources give no pros and cons for domain and target-group teams,
 * so no rule here speaks for them.
 */

export const a1SplitByAge = defineRule(
  {
    id: 'a1-narrow-breadth',
    severity: 'info',
    about: message('rule.a1NarrowBreadth.about'),
  },
  ({ plan }, say) => {
    const { team } = plan;
    if (team.model !== 'A1') return [];
    const absent = AGE_GROUPS.filter((g) => !team.ageGroups.includes(g));
    if (absent.length === 0) return [];
    const ageGroups = listOf(absent.map((g) => AGE_GROUP_INFO[g].name));
    // The 18-/18+ border is the split the source discusses; only then does turning 18 mean a change of team.
    const splitAt18 = team.ageGroups.includes('youth') !== team.ageGroups.includes('adults');
    return [
      say(
        splitAt18
          ? message('rule.a1NarrowBreadth.textAt18', { ageGroups })
          : message('rule.a1NarrowBreadth.text', { ageGroups }),
        { kind: 'team', id: team.id },
      ),
    ];
  },
);

export const a2LifeDomainsUncovered = defineRule(
  {
    id: 'a2-life-domains-uncovered',
    severity: 'info',
    about: message('rule.a2LifeDomains.about'),
  },
  ({ plan }, say) => {
    if (plan.team.model !== 'A2') return [];
    const served = new Set(plan.functions.filter((f) => f.placement === 'team').flatMap((f) => f.lifeDomains));
    const unserved = LIFE_DOMAINS.filter((d) => !served.has(d));
    if (unserved.length === 0) return [];
    return [
      say(
        message('rule.a2LifeDomains.text', {
          domains: listOf(
            unserved.map((d) => LIFE_DOMAIN_INFO[d].name),
            true,
          ),
        }),
        {
          kind: 'team',
          id: plan.team.id,
        },
      ),
    ];
  },
);

export const modelQuestionMismatch = defineRule(
  {
    id: 'model-question-mismatch',
    severity: 'info',
    about: message('rule.modelQuestionMismatch.about'),
  },
  ({ plan }, say) => {
    const { team } = plan;
    const { reach, arrival } = team.design.questions;
    const subject = { kind: 'team' as const, id: team.id };
    if (team.model === 'A2' && reach === 'all')
      return [say(message('rule.modelQuestionMismatch.a2AllQuestions'), subject)];
    if (team.model === 'A2' && arrival === 'direct')
      return [say(message('rule.modelQuestionMismatch.a2Direct'), subject)];
    if (team.model === 'A1' && reach === 'complex')
      return [say(message('rule.modelQuestionMismatch.a1Complex'), subject)];
    return [];
  },
);
