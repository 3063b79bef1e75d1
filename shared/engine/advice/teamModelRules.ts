import { AGE_GROUP_INFO, AGE_GROUPS } from '../../catalogue/teamDesign.js';
import { message } from '../../i18n/message.js';
import { defineRule, members } from './rule.js';

/** The known risks of the A1 and A2 models (docs/domain.md, "Team models"). */

/** The expertise an A1 team most often lacks in practice; a parameter of the rule, not an engine branch. */
export const YOUTH_EXPERTISE = 'youth';
/** The function template that gives residents a front door. */
const ACCESS_TEMPLATE = 'access';

export const a1WithoutYouthExpertise = defineRule(
  {
    id: 'a1-no-youth-expertise',
    severity: 'warning',
    about: message('rule.a1NoYouthExpertise.about'),
  },
  (context, say) => {
    if (context.plan.team.model !== 'A1') return [];
    if (members(context).some((p) => p.expertise.some((e) => e.key === YOUTH_EXPERTISE))) return [];
    return [say(message('rule.a1NoYouthExpertise.text'), { kind: 'team', id: context.plan.team.id })];
  },
);

export const a1NarrowBreadth = defineRule(
  {
    id: 'a1-narrow-breadth',
    severity: 'info',
    about: message('rule.a1NarrowBreadth.about'),
  },
  (context, say) => {
    const { team } = context.plan;
    if (team.model !== 'A1') return [];
    const absent = AGE_GROUPS.filter((g) => !team.ageGroups.includes(g));
    if (team.design.breadth.scope === 'all' && absent.length === 0) return [];
    const nl = absent.map((g) => AGE_GROUP_INFO[g].name.nl).join(', ');
    const en = absent.map((g) => AGE_GROUP_INFO[g].name.en).join(', ');
    return [
      say(
        absent.length === 0
          ? message('rule.a1NarrowBreadth.text')
          : message('rule.a1NarrowBreadth.textWithAgeGroups', { ageGroups: { nl, en } }),
        { kind: 'team', id: team.id },
      ),
    ];
  },
);

export const a2WithoutAccessRoute = defineRule(
  {
    id: 'a2-no-access-route',
    severity: 'info',
    about: message('rule.a2NoAccessRoute.about'),
  },
  (context, say) => {
    const { plan } = context;
    if (plan.team.model !== 'A2') return [];
    if (plan.functions.some((f) => f.templateKey === ACCESS_TEMPLATE)) return [];
    return [say(message('rule.a2NoAccessRoute.text'), { kind: 'team', id: plan.team.id })];
  },
);
