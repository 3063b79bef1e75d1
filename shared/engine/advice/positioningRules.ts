import { message } from '../../i18n/message.js';
import { defineRule, members } from './rule.js';

/**
 * Positioning (Integraal werken in de wijk, 2017: the municipality runs the team itself, or contracts one or more
 * providers) decides who mandates the team. De Waal e.a. ("Verschillende teammodellen"): an
 * integraal team's leader answers to the municipality and/or the consortium. Whether the
 * two line up, and that seconded staff need agreements, is the planner's own modest check.
 */

export const leaderAccountabilityVsPositioning = defineRule(
  {
    id: 'leader-accountability-positioning',
    severity: 'info',
    about: message('rule.leaderAccountability.about'),
  },
  ({ plan }, say) => {
    const { team } = plan;
    const leader = team.leader;
    // Without a leader the integraal-without-leader rule speaks; other types need no own leader.
    if (team.organisationType !== 'integraal' || leader === null) return [];
    if (leader.name.trim() === '' && leader.professionalId === null) return [];
    const to = leader.accountableTo;
    const subject = { kind: 'team' as const, id: team.id };
    if (team.positioning === 'consortium' && to !== 'consortium' && to !== 'both')
      return [say(message('rule.leaderAccountability.consortium'), subject)];
    if (team.positioning === 'municipality' && to !== 'municipality' && to !== 'both')
      return [say(message('rule.leaderAccountability.municipality'), subject)];
    return [];
  },
);

export const singleProviderSecondedStaff = defineRule(
  {
    id: 'single-provider-seconded-staff',
    severity: 'info',
    about: message('rule.singleProviderSeconded.about'),
  },
  (context, say) => {
    const { team } = context.plan;
    if (team.positioning !== 'singleProvider') return [];
    const organisations = new Set(
      members(context)
        .map((p) => p.organisation.trim())
        .filter((o) => o !== ''),
    );
    if (organisations.size <= 1) return [];
    return [
      say(message('rule.singleProviderSeconded.text', { organisations: organisations.size }), {
        kind: 'team',
        id: team.id,
      }),
    ];
  },
);
