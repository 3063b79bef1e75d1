import { message } from '../../i18n/message.js';
import { defineRule } from './rule.js';

/**
 * The team's own leidinggevende. De Waal e.a. ("Verschillende teammodellen") makes an own leader,
 * accountable to the municipality and/or the consortium, part of what an integraal team is,
 * and ("Vakkennis, talent en de cruciale rol van teamleiders") stresses the leader's role.
 * The span limit is the user's own threshold: the sources set none.
 */

export const integraalWithoutLeader = defineRule(
  {
    id: 'integraal-without-leader',
    severity: 'warning',
    about: message('rule.integraalWithoutLeader.about'),
  },
  ({ plan }, say) => {
    const { team } = plan;
    if (team.organisationType !== 'integraal') return [];
    const leader = team.leader;
    if (leader !== null && (leader.name.trim() !== '' || leader.professionalId !== null)) return [];
    return [say(message('rule.integraalWithoutLeader.text'), { kind: 'team', id: team.id })];
  },
);

export const leaderSpanExceeded = defineRule(
  {
    id: 'leader-span-exceeded',
    severity: 'warning',
    about: message('rule.leaderSpanExceeded.about'),
  },
  ({ plan, report }, say) => {
    const leader = plan.team.leader;
    if (leader === null || leader.spanLimitPeople === null) return [];
    // No span recorded: the leader leads this team's members only.
    const span = leader.spanPeople ?? report.memberIds.length;
    if (span <= leader.spanLimitPeople) return [];
    return [
      say(message('rule.leaderSpanExceeded.text', { span, limit: leader.spanLimitPeople }), {
        kind: 'team',
        id: plan.team.id,
      }),
    ];
  },
);
