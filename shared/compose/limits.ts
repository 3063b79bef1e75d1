import { disciplineName } from '../hr/names.js';
import { message, type Message } from '../i18n/message.js';
import type { ComposeLimits } from './options.js';

/** One optional limit by itself, so an infeasible request can name the limit that breaks it. */
export type LimitRef =
  | { kind: 'maxTeamSize'; value: number }
  | { kind: 'maxOrganisationShare'; value: number }
  | { kind: 'requiredDiscipline'; discipline: string };

export function limitRefs(limits: ComposeLimits): LimitRef[] {
  const refs: LimitRef[] = [];
  if (limits.maxTeamSize !== undefined) refs.push({ kind: 'maxTeamSize', value: limits.maxTeamSize });
  if (limits.maxOrganisationShare !== undefined)
    refs.push({ kind: 'maxOrganisationShare', value: limits.maxOrganisationShare });
  for (const discipline of limits.requiredDisciplines ?? []) refs.push({ kind: 'requiredDiscipline', discipline });
  return refs;
}

export function limitsOf(ref: LimitRef): ComposeLimits {
  switch (ref.kind) {
    case 'maxTeamSize':
      return { maxTeamSize: ref.value };
    case 'maxOrganisationShare':
      return { maxOrganisationShare: ref.value };
    case 'requiredDiscipline':
      return { requiredDisciplines: [ref.discipline] };
  }
}

export function limitMessage(ref: LimitRef): Message {
  switch (ref.kind) {
    case 'maxTeamSize':
      return message('compose.limit.maxTeamSize', { count: ref.value });
    case 'maxOrganisationShare':
      return message('compose.limit.maxOrganisationShare', { percent: Math.round(ref.value * 100) });
    case 'requiredDiscipline':
      return message('compose.limit.requiredDiscipline', {
        discipline: { nl: disciplineName(ref.discipline, 'nl'), en: disciplineName(ref.discipline, 'en') },
      });
  }
}

/**
 * Whether person `p` may join a team being built step by step (the greedy start and the
 * hours fill) without breaking the team-size or organisation-share limit: members may
 * always take more, people without an organisation count against no share.
 */
export function mayJoinTeam(
  p: number,
  team: { members: ReadonlySet<number>; byOrganisation: ReadonlyMap<string, number> },
  organisationOf: (p: number) => string,
  limits: ComposeLimits,
): boolean {
  const { members, byOrganisation } = team;
  if (members.has(p)) return true;
  if (limits.maxTeamSize !== undefined && members.size + 1 > limits.maxTeamSize) return false;
  const org = organisationOf(p);
  const share = limits.maxOrganisationShare;
  return share === undefined || org === '' || (byOrganisation.get(org) ?? 0) + 1 <= share * (members.size + 1) + 1e-9;
}
